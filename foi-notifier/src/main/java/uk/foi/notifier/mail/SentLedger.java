package uk.foi.notifier.mail;

/**
 * What has been mailed, by deadline event id, kept where a restarted or second notifier can read it: a notifier that
 * crashes after sending a mail and before committing its offset sees the event again, finds it here, and does not
 * send it twice.
 */
public interface SentLedger {

    /**
     * @param eventId a deadline event's id
     * @return true if its mail was sent
     * @throws IllegalStateException if the ledger cannot say (not loaded yet); the caller leaves the event unread
     */
    boolean contains(String eventId);

    /**
     * Records a sent mail durably before returning.
     *
     * @param eventId the deadline event's id
     * @throws IllegalStateException if it could not be recorded
     */
    void record(String eventId);
}
