package uk.foi.deadlines;

/**
 * How a request that arrives on a non-working day is dated. The law is read two ways, so the authority chooses and
 * the engine flags every such request as uncertain by one day.
 */
public enum ReceiptRule {
    /**
     * The date of receipt is the day it arrived, even a weekend or holiday; day 1 is the first working day after it.
     * The literal reading of FOIA s10(1) and s10(6), taken by the ICO's guidance on time limits and by WhatDoTheyKnow.
     * The default, and the earlier (safer) of the two dates.
     */
    LITERAL,
    /**
     * A request arriving on a non-working day is treated as received on the next working day; day 1 is the working
     * day after that. The s45 Code of Practice (2018) para 4.2 and the Scottish Information Commissioner's practice.
     */
    NEXT_WORKING_DAY;

    /**
     * Parses {@code literal} or {@code next-working-day} (or the enum names), ignoring case.
     *
     * @param text the text; not null
     * @return the rule
     * @throws IllegalArgumentException if neither
     */
    public static ReceiptRule parse(String text) {
        return EnumSpelling.parse(ReceiptRule.class, text, "receipt rule", "literal or next-working-day");
    }

    @Override
    public String toString() {
        return EnumSpelling.of(this);
    }
}
