package uk.foi.records.redaction;

/**
 * An area a search found, for a member of staff to accept as a redaction (with its provision) or leave.
 *
 * @param page  the page, from 1
 * @param area  where the text is, with a small margin
 * @param text  the text found there
 */
public record Proposal(int page, Area area, String text) {

    /** @param provision the provision relied on @return the redaction of this area */
    public Redaction as(String provision) {
        return new Redaction(page, area, provision);
    }
}
