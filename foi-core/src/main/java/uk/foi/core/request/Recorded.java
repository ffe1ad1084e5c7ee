package uk.foi.core.request;

import java.util.Objects;

/**
 * An event with the state of the request after it: what the office records, and what goes on the wire.
 *
 * @param event the event
 * @param state the request after it, with the deadlines then in force
 */
public record Recorded(RequestEvent event, RequestState state) {

    /** @throws NullPointerException if a component is null */
    public Recorded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(state, "state");
    }
}
