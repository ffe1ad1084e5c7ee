package uk.foi.core.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the requester said when asked to clarify (FOIA s1(3)), attached to the parts it explains.
 *
 * @param receivedOn the day it arrived; not null
 * @param text       what it said; not blank
 */
public record Clarification(LocalDate receivedOn, String text) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the text is blank
     */
    public Clarification {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a clarification needs text");
        }
        text = text.strip();
    }
}
