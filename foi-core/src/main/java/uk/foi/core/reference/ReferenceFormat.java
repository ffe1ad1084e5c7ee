package uk.foi.core.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an authority numbers its requests. A pattern of literal text and fields: {@code {yyyy}} and {@code {yy}} (the
 * year received), {@code {MM}} (the month), and {@code {seq:N}} (the sequence within the authority and year,
 * zero-padded to N digits). The seed letters use {@code 01.FOI.{yy}.{seq:6}} ({@code 01.FOI.23.033513}) and
 * {@code {yyyy}{MM}{seq:7}} ({@code 2018030000340}). The sequence restarts each calendar year, which is why the year
 * must appear in the pattern; allocation without gaps is the job of {@link ReferenceNumbers}.
 *
 * <p>Immutable; {@link #toString()} gives the pattern back and {@link #of(String)} reads it.
 */
public final class ReferenceFormat {

    private static final Pattern FIELD = Pattern.compile("\\{(yyyy|yy|MM|seq:(\\d{1,2}))}");

    private final String pattern;
    private final List<Object> pieces;
    private final int digits;
    private final Pattern reader;

    private ReferenceFormat(String pattern, List<Object> pieces, int digits, Pattern reader) {
        this.pattern = pattern;
        this.pieces = List.copyOf(pieces);
        this.digits = digits;
        this.reader = reader;
    }

    /**
     * @param pattern for example {@code 01.FOI.{yy}.{seq:6}}; not null
     * @return the format
     * @throws IllegalArgumentException if the pattern lacks exactly one {@code {seq:N}} (N from 1 to 12), lacks a
     *                                  year, has an unknown field, or has literal text with a brace
     */
    public static ReferenceFormat of(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<Object> pieces = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = FIELD.matcher(pattern);
        int at = 0;
        int digits = 0;
        boolean year = false;
        while (m.find()) {
            literal(pattern.substring(at, m.start()), pieces, regex, pattern);
            String field = m.group(1);
            if (field.startsWith("seq")) {
                if (digits > 0) {
                    throw new IllegalArgumentException("reference pattern '" + pattern + "' has two {seq:N} fields");
                }
                digits = Integer.parseInt(m.group(2));
                if (digits < 1 || digits > 12) {
                    throw new IllegalArgumentException("reference pattern '" + pattern + "': {seq:N} needs N from 1"
                            + " to 12");
                }
                regex.append("(?<seq>\\d{").append(digits).append("})");
            } else {
                year |= field.startsWith("yy");
                regex.append(field.equals("yyyy") ? "(?<yyyy>\\d{4})" : field.equals("yy") ? "(?<yy>\\d{2})"
                        : "(?<MM>0[1-9]|1[0-2])");
            }
            pieces.add(Field.valueOf(field.startsWith("seq") ? "SEQ" : field.toUpperCase(java.util.Locale.ROOT)));
            at = m.end();
        }
        literal(pattern.substring(at), pieces, regex, pattern);
        if (digits == 0) {
            throw new IllegalArgumentException("reference pattern '" + pattern + "' needs a {seq:N} field");
        }
        if (!year) {
            throw new IllegalArgumentException("reference pattern '" + pattern + "' needs {yyyy} or {yy}: the"
                    + " sequence restarts each year");
        }
        return new ReferenceFormat(pattern, pieces, digits, Pattern.compile(regex.append('$').toString()));
    }

    private enum Field { YYYY, YY, MM, SEQ }

    private static void literal(String text, List<Object> pieces, StringBuilder regex, String pattern) {
        if (text.isEmpty()) {
            return;
        }
        if (text.contains("{") || text.contains("}")) {
            throw new IllegalArgumentException("reference pattern '" + pattern + "' has an unknown field near '"
                    + text + "': use {yyyy}, {yy}, {MM} or {seq:N}");
        }
        pieces.add(text);
        regex.append(Pattern.quote(text));
    }

    /**
     * @param received the date the request was received, which gives the year and month
     * @param sequence the request's number within the authority and year, from 1
     * @return the reference
     * @throws IllegalArgumentException if the sequence is below 1 or does not fit the digits
     */
    public String format(LocalDate received, long sequence) {
        Objects.requireNonNull(received, "received");
        if (sequence < 1 || String.valueOf(sequence).length() > digits) {
            throw new IllegalArgumentException("sequence " + sequence + " does not fit " + pattern
                    + " (1 to " + "9".repeat(digits) + ")");
        }
        StringBuilder text = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof String literal) {
                text.append(literal);
            } else {
                text.append(switch ((Field) piece) {
                    case YYYY -> String.format("%04d", received.getYear());
                    case YY -> String.format("%02d", received.getYear() % 100);
                    case MM -> String.format("%02d", received.getMonthValue());
                    case SEQ -> String.format("%0" + digits + "d", sequence);
                });
            }
        }
        return text.toString();
    }

    /**
     * @param reference a reference; not null
     * @return the sequence number it carries
     * @throws IllegalArgumentException if the reference does not match this format
     */
    public long sequenceOf(String reference) {
        Matcher m = reader.matcher(Objects.requireNonNull(reference, "reference"));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + reference + "' does not match the reference format " + pattern);
        }
        return Long.parseLong(m.group("seq"));
    }

    /**
     * @param reference a reference; not null
     * @return true if it matches this format
     */
    public boolean matches(String reference) {
        return reader.matcher(Objects.requireNonNull(reference, "reference")).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReferenceFormat format && format.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    /** @return the pattern, which {@link #of(String)} reads back */
    @Override
    public String toString() {
        return pattern;
    }
}
