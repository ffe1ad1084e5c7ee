package uk.foi.core.request;

import java.util.Objects;
import java.util.UUID;

/**
 * A request's identifier: a UUID, stable for the request's life. Unlike the reference it carries no meaning and is
 * never reused, so it keys events and Kafka partitions.
 *
 * @param value the UUID; not null
 */
public record RequestId(UUID value) {

    /** @throws NullPointerException if the value is null */
    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static RequestId parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new RequestId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a request id is a UUID, not '" + text + "'", e);
        }
    }

    /** @return a new random id */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
