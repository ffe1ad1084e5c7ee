package uk.foi.core.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A new request as staff log it. The requester's details are not here: they go to {@link Requester}, stored apart.
 *
 * @param id         the id to give the request
 * @param receivedOn the date of receipt
 * @param channel    how it arrived
 * @param text       the request as asked; not blank
 */
public record Intake(RequestId id, LocalDate receivedOn, Channel channel, String text) {

    /** @throws NullPointerException if a component is null */
    public Intake {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
    }
}
