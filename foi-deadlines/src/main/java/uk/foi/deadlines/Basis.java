package uk.foi.deadlines;

/**
 * What gives a time limit its force: an authority may change the limits that are practice, never the statutory ones.
 */
public enum Basis {
    /** Set by an Act or regulations. */
    STATUTE,
    /** Set by a code of practice or the regulator's guidance. */
    PRACTICE,
    /** Set by the authority's own policy, within what statute allows. */
    AUTHORITY_POLICY
}
