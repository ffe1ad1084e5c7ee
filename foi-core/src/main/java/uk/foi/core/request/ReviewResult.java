package uk.foi.core.request;

/** What an internal review decided about the original response (s45 Code of Practice, part 5). */
public enum ReviewResult {
    /** The original decision stands. */
    UPHELD,
    /** The original decision is reversed. */
    OVERTURNED,
    /** The original decision is changed in part. */
    PARTLY_UPHELD
}
