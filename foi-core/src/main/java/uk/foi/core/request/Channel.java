package uk.foi.core.request;

/**
 * How a request arrived. FOIA s8(1)(a) and FOISA s8(1)(a) need a request in writing (email, web forms and social
 * media count when legible and capable of later reference); the EIR and EISR also accept a request made orally.
 */
public enum Channel {
    /** By email. */
    EMAIL(true),
    /** Through the authority's web form. */
    WEB_FORM(true),
    /** By letter. */
    POST(true),
    /** Through a social media message. */
    SOCIAL_MEDIA(true),
    /** By telephone: oral. */
    TELEPHONE(false),
    /** In person: oral. */
    IN_PERSON(false);

    private final boolean written;

    Channel(boolean written) {
        this.written = written;
    }

    /** @return true if a request by this channel is in writing */
    public boolean written() {
        return written;
    }
}
