package uk.foi.notifier.mail;

/** Where notices go: an SMTP server, or a directory of .eml files when none is configured. */
public interface Mailbox {

    /**
     * Delivers a notice.
     *
     * @param notice the notice
     * @throws Exception if it could not be delivered; the caller retries
     */
    void deliver(Notice notice) throws Exception;
}
