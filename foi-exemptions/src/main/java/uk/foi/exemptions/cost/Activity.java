package uk.foi.exemptions.cost;

/**
 * Work an authority may estimate for a request. Only the first four count towards the cost limit (SI 2004/3244 reg
 * 4(3); for FOISA, SSI 2004/467 reg 3 counts the cost of locating, retrieving and providing): the time spent reading,
 * redacting or deciding on exemptions never does.
 */
public enum Activity {
    /** Determining whether the information is held (reg 4(3)(a)). */
    DETERMINING_WHETHER_HELD(true),
    /** Locating the information or a document containing it (reg 4(3)(b)). */
    LOCATING(true),
    /** Retrieving it (reg 4(3)(c)). */
    RETRIEVING(true),
    /** Extracting it from a document containing it (reg 4(3)(d)). */
    EXTRACTING(true),
    /** Redacting exempt information: does not count. */
    REDACTING(false),
    /** Considering exemptions or the public interest: does not count. */
    CONSIDERING_EXEMPTIONS(false),
    /** Anything else (copying, checking, drafting): does not count towards the limit. */
    OTHER(false);

    private final boolean counts;

    Activity(boolean counts) {
        this.counts = counts;
    }

    /** @return true if the time counts towards the appropriate limit */
    public boolean counts() {
        return counts;
    }
}
