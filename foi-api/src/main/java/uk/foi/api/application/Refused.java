package uk.foi.api.application;

/**
 * Why the application did not do what it was asked, in its own words: the web edge says it in HTTP (a problem+json
 * with the status each kind maps to), the mailroom writes it on the message it could not file. Nothing was changed by
 * a call that ends in one: it is thrown inside the call's transaction, which then rolls back.
 *
 * <p>A command the domain itself refuses is not one of these: {@code FoiOffice} records the refusal as an event, and
 * the call succeeds in recording it.
 */
public abstract sealed class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private Refused(String why) {
        super(why);
    }

    /** There is no such thing among the caller's authority's, or the caller may not know whether there is. */
    public static final class NotFound extends Refused {

        private static final long serialVersionUID = 1L;

        /** @param what what was not found, said to the caller */
        public NotFound(String what) {
            super(what);
        }
    }

    /** The caller may not do this, whatever they send. */
    public static final class NotAllowed extends Refused {

        private static final long serialVersionUID = 1L;

        /** @param why why not */
        public NotAllowed(String why) {
            super(why);
        }
    }

    /** What the caller asked for does not fit the state things are in now; asking again later may succeed. */
    public static final class Conflict extends Refused {

        private static final long serialVersionUID = 1L;

        /** @param what what conflicted */
        public Conflict(String what) {
            super(what);
        }
    }

    /** The caller decided on a version of a request that is no longer the current one. */
    public static final class Stale extends Refused {

        private static final long serialVersionUID = 1L;

        private final long current;
        private final String sent;

        /**
         * @param current the request's version now
         * @param sent    the version the caller named
         */
        public Stale(long current, String sent) {
            super("the request is at version " + current + ", not " + sent);
            this.current = current;
            this.sent = sent;
        }

        /** @return the request's version now */
        public long current() {
            return current;
        }

        /** @return the version the caller named */
        public String sent() {
            return sent;
        }
    }

    /** One thing the caller sent is wrong. */
    public static final class Invalid extends Refused {

        private static final long serialVersionUID = 1L;

        private final String field;

        /**
         * @param field   what the caller sent that is wrong (a field's path, or a header's name)
         * @param message what is wrong with it
         */
        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        /** @return what is wrong */
        public String field() {
            return field;
        }
    }
}
