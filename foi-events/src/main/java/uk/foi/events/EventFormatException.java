package uk.foi.events;

/** A message that is not a valid request event: the message says what is wrong and where. */
public final class EventFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong
     * @param cause   the parser's error, or null
     */
    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
