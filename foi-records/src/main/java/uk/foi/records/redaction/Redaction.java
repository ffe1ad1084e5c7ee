package uk.foi.records.redaction;

import java.util.Objects;

/**
 * One area of a page to remove from a released document, and the provision that allows it to be withheld: the
 * exemption or exception the response relies on for it (such as "FOIA s40(2)" for a third party's personal data, or
 * "EIR reg 13"). A refusal must say which exemption applies (FOIA s17(1)(b)); the redaction schedule says it for each
 * redaction, and the box itself is marked with it.
 *
 * @param page      the page, from 1
 * @param area      what to remove, in the page's coordinates
 * @param provision the provision relied on, as the response cites it
 */
public record Redaction(int page, Area area, String provision) {

    /** The longest provision accepted: a citation, not a reason (the reasons belong in the response letter). */
    public static final int MAX_PROVISION = 80;

    /** @throws IllegalArgumentException if the page is below 1 or the provision is blank or too long */
    public Redaction {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(provision, "provision");
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        provision = provision.strip();
        if (provision.isEmpty()) {
            throw new IllegalArgumentException("every redaction needs the provision it relies on, such as FOIA s40(2)");
        }
        if (provision.length() > MAX_PROVISION) {
            throw new IllegalArgumentException("a provision is a citation of at most " + MAX_PROVISION
                    + " characters, such as FOIA s40(2): " + provision.substring(0, 40) + "...");
        }
    }
}
