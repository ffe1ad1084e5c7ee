package uk.foi.exemptions;

/** A catalogue file that cannot be read; the message names the file, the entry and the line. */
public final class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public CatalogueException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the underlying failure
     */
    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
