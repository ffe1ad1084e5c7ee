package uk.foi.exemptions;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.foi.deadlines.Regime;

/**
 * One provision of FOI law as it is cited: a regime, a section or regulation number and the path of brackets beneath
 * it, exactly as far as the writer went. {@code FOIA s31(1)(a)} is {@code (FOIA, "31", ["1", "a"])}; {@code FOIA s12}
 * is {@code (FOIA, "12", [])}: a citation never gains a subsection its writer did not write.
 *
 * <p>The canonical form ({@link #toString()}) is {@code FOIA s31(1)(a)}, {@code EIR reg12(4)(b)},
 * {@code FOISA s30(b)(ii)}, {@code EISR reg10(4)(b)}; {@link #parse(String)} reads it back.
 *
 * @param regime the instrument: FOIA and FOISA have sections, EIR and EISR regulations; never SAR
 * @param number the section or regulation number, digits with an optional capital suffix ({@code 22A})
 * @param path   subsections, paragraphs and sub-paragraphs, outermost first ({@code 3A}, {@code a}, {@code ii})
 */
public record Citation(Regime regime, String number, List<String> path) implements Comparable<Citation> {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,2}[A-Z]?");
    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,2}[A-Z]{0,2}|[a-z]{1,4}");

    /**
     * @throws NullPointerException     if any argument is null
     * @throws IllegalArgumentException for SAR, or a number or path element that cannot appear in a citation
     */
    public Citation {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(number, "number");
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (regime == Regime.SAR) {
            throw new IllegalArgumentException("SAR is not an FOI regime: its provisions are not cited here");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a section or regulation number: '" + number + "'");
        }
        for (String level : path) {
            if (!LEVEL.matcher(level).matches()) {
                throw new IllegalArgumentException("not a subsection or paragraph: '(" + level + ")'");
            }
        }
    }

    /**
     * @param regime the instrument
     * @param number the section or regulation number
     * @param path   the brackets beneath it, outermost first
     * @return the citation
     */
    public static Citation of(Regime regime, String number, String... path) {
        return new Citation(regime, number, List.of(path));
    }

    /**
     * Reads a citation in canonical form, such as {@code FOIA s40(3A)(a)} or {@code EIR reg13}. Use
     * {@link CitationParser} for the forms found in letters.
     *
     * @param text the canonical form; not null
     * @return the citation
     * @throws IllegalArgumentException if the text is not exactly one canonical citation
     */
    public static Citation parse(String text) {
        Objects.requireNonNull(text, "text");
        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).parse(text);
        if (result.citations().size() != 1 || !result.problems().isEmpty()
                || !result.citations().get(0).citation().toString().equals(text.trim())) {
            throw new IllegalArgumentException("not a canonical citation: '" + text
                    + "' (expected a form such as 'FOIA s31(1)(a)' or 'EIR reg12(4)(b)')");
        }
        return result.citations().get(0).citation();
    }

    /** @return {@code "s"} for an Act's sections, {@code "reg"} for regulations */
    public String unit() {
        return isRegulation() ? "reg" : "s";
    }

    /** @return true for the EIR and EISR, whose provisions are regulations */
    public boolean isRegulation() {
        return regime.isEnvironmental();
    }

    /**
     * @param depth how many path elements to keep; 0 keeps the section alone
     * @return this citation cut to at most {@code depth} levels
     */
    public Citation truncate(int depth) {
        return depth >= path.size() ? this : new Citation(regime, number, path.subList(0, depth));
    }

    /**
     * @param other another citation; not null
     * @return true if {@code other} is this provision or lies beneath it ({@code s31} contains {@code s31(1)(a)})
     */
    public boolean contains(Citation other) {
        return regime == other.regime && number.equals(other.number) && path.size() <= other.path.size()
                && other.path.subList(0, path.size()).equals(path);
    }

    /**
     * @param child a subsection or paragraph of this provision
     * @return the citation one level deeper
     */
    public Citation child(String child) {
        List<String> longer = new java.util.ArrayList<>(path);
        longer.add(child);
        return new Citation(regime, number, longer);
    }

    /** @return the provision's page on legislation.gov.uk */
    public java.net.URI legislation() {
        String unit = isRegulation() ? "/regulation/" : "/section/";
        return java.net.URI.create(regime.legislation() + unit + number);
    }

    /** @return the short form used inside letters and checks, without the regime: {@code s31(1)(a)} */
    public String provision() {
        StringBuilder text = new StringBuilder(unit()).append(number);
        path.forEach(level -> text.append('(').append(level).append(')'));
        return text.toString();
    }

    @Override
    public int compareTo(Citation other) {
        int byRegime = regime.compareTo(other.regime);
        if (byRegime != 0) {
            return byRegime;
        }
        int byNumber = compareLevel(number, other.number);
        if (byNumber != 0) {
            return byNumber;
        }
        for (int i = 0; i < Math.min(path.size(), other.path.size()); i++) {
            int byLevel = compareLevel(path.get(i), other.path.get(i));
            if (byLevel != 0) {
                return byLevel;
            }
        }
        return Integer.compare(path.size(), other.path.size());
    }

    /** Numbers by value then suffix (2 before 3A before 10), letters by length then alphabet (z before aa). */
    private static int compareLevel(String a, String b) {
        boolean aDigit = Character.isDigit(a.charAt(0));
        boolean bDigit = Character.isDigit(b.charAt(0));
        if (aDigit && bDigit) {
            int aEnd = digitsEnd(a);
            int bEnd = digitsEnd(b);
            int byValue = Integer.compare(Integer.parseInt(a.substring(0, aEnd)), Integer.parseInt(b.substring(0, bEnd)));
            return byValue != 0 ? byValue : a.substring(aEnd).compareTo(b.substring(bEnd));
        }
        if (aDigit != bDigit) {
            return aDigit ? -1 : 1;
        }
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static int digitsEnd(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** @return the canonical form, for example {@code FOIA s31(1)(a)}; {@link #parse(String)} reads it back */
    @Override
    public String toString() {
        return regime.name() + " " + provision();
    }
}
