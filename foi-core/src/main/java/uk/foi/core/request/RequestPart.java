package uk.foi.core.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One numbered part of a request, as the requester numbered it: {@code 1}, {@code 1.a}, {@code 4.a.i}.
 *
 * @param label          the dotted label; not blank
 * @param text           the question; not null
 * @param clarifications what the requester said about it later, oldest first; not null
 */
public record RequestPart(String label, String text, List<Clarification> clarifications) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the label is blank
     */
    public RequestPart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        clarifications = List.copyOf(clarifications);
        if (label.isBlank()) {
            throw new IllegalArgumentException("a part needs a label");
        }
    }

    /** @return true for a top-level part ({@code 3}, not {@code 3.a}) */
    public boolean topLevel() {
        return label.indexOf('.') < 0;
    }

    /** @return the label of the part this one belongs to, or empty for a top-level part */
    public String parentLabel() {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? "" : label.substring(0, dot);
    }

    /**
     * @param clarification what the requester said
     * @return this part with the clarification attached
     */
    public RequestPart clarifiedBy(Clarification clarification) {
        List<Clarification> more = new ArrayList<>(clarifications);
        more.add(Objects.requireNonNull(clarification, "clarification"));
        return new RequestPart(label, text, more);
    }
}
