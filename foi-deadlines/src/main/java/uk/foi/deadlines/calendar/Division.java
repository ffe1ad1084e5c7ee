package uk.foi.deadlines.calendar;

import java.util.Arrays;
import java.util.Objects;

/**
 * A part of the United Kingdom with its own list of bank holidays under the Banking and Financial Dealings Act 1971,
 * named as in GOV.UK's {@code bank-holidays.json} feed.
 */
public enum Division {
    /** England and Wales: feed key {@code england-and-wales}. */
    ENGLAND_AND_WALES("england-and-wales"),
    /** Scotland: feed key {@code scotland}. */
    SCOTLAND("scotland"),
    /** Northern Ireland: feed key {@code northern-ireland}. */
    NORTHERN_IRELAND("northern-ireland");

    private final String feedKey;

    Division(String feedKey) {
        this.feedKey = feedKey;
    }

    /**
     * The key of this division in GOV.UK's {@code bank-holidays.json}.
     *
     * @return the feed key, never null
     */
    public String feedKey() {
        return feedKey;
    }

    /**
     * Finds a division by its feed key or by its enum name, ignoring case.
     *
     * @param text a feed key such as {@code scotland} or an enum name such as {@code NORTHERN_IRELAND}; not null
     * @return the division
     * @throws IllegalArgumentException if no division has that name
     */
    public static Division parse(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.trim();
        return Arrays.stream(values())
                .filter(d -> d.feedKey.equalsIgnoreCase(wanted) || d.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown division '" + text + "': expected england-and-wales, scotland or northern-ireland"));
    }

    @Override
    public String toString() {
        return feedKey;
    }
}
