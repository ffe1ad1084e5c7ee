package uk.foi.deadlines.calendar;

/**
 * Bank-holiday data that cannot be used: malformed JSON, a missing division, an unreadable date, or a source that
 * could not be read. The message says which and where; nothing is partly loaded.
 */
public final class CalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where; not null
     */
    public CalendarDataException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where; not null
     * @param cause   the underlying failure
     */
    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
