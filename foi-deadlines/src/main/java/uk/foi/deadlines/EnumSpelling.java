package uk.foi.deadlines;

import java.util.Locale;
import java.util.Objects;

/** How the clock's option enums are written by people: lower case with hyphens, such as {@code next-working-day}. */
final class EnumSpelling {

    private EnumSpelling() {
    }

    /**
     * Reads a constant written in either spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming what was expected if none matches
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String what, String expected) {
        String key = Objects.requireNonNull(text, "text").trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "': expected " + expected);
    }

    /** The people's spelling of a constant. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
