package uk.foi.core.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's text as received, and the parts it asks. Requesters number their questions {@code 1.}, {@code a.} and
 * {@code i.} as the seed letters show; each part is answered on its own, so decisions, answers and clarifications
 * attach to a part's label. A request with no numbering is one part, {@code 1}. {@link #WHOLE} names the request as a
 * whole, for decisions that reach beyond the numbered parts (a neither-confirm-nor-deny stance on "any other
 * information", as in seed 000).
 *
 * @param asReceived the text exactly as received; not blank
 * @param parts      the parts in order; not empty, labels unique
 */
public record RequestText(String asReceived, List<RequestPart> parts) {

    /** The label for the request as a whole. */
    public static final String WHOLE = "*";

    /**
     * The most characters a request's text, or one long free text recorded on it (a clarification, review grounds,
     * a review's summary), may have: about 8,000 words. Every event must fit in one Kafka message (1 MiB by
     * default) whatever the characters are: a request event carries its text twice (as received and split into
     * parts), and a character takes at most 6 bytes in JSON ({@code \\uXXXX}), so the largest is about 600 kB.
     */
    public static final int MAX_LENGTH = 50_000;

    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:Q\\s*)?(\\d{1,2})\\s*[.)]\\s*(.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\s*\\(?([a-z])[.)]\\s+(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^\\s*\\(?(i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\\s+(.*)$");
    private static final Set<String> AMBIGUOUS = Set.of("i", "v", "x");

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the text is blank, there are no parts, or two parts share a label
     */
    public RequestText {
        Objects.requireNonNull(asReceived, "asReceived");
        parts = List.copyOf(parts);
        if (asReceived.isBlank()) {
            throw new IllegalArgumentException("a request needs text");
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one part");
        }
        if (parts.stream().map(RequestPart::label).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("part labels must be unique");
        }
    }

    /**
     * Splits a request into its numbered parts. A line starting {@code 3.} or {@code 3)} opens part 3; {@code a.}
     * opens 3.a; {@code i.} opens 3.i, or 3.a.i under an open letter. {@code i}, {@code v} and {@code x} are letters
     * when they continue a lettered list ({@code h.} then {@code i.}). Other lines continue the open part; lines before
     * the first number are the preamble and belong to no part.
     *
     * @param text the request as received
     * @return the text and its parts
     * @throws IllegalArgumentException if the text is blank
     */
    public static RequestText parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a request needs text");
        }
        List<Builder> found = new ArrayList<>();
        String number = null;
        String letter = null;
        char lastLetter = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher n = NUMBER.matcher(line);
            Matcher r = ROMAN.matcher(line);
            Matcher l = LETTER.matcher(line);
            boolean romanIsLetter = r.matches() && AMBIGUOUS.contains(r.group(1))
                    && lastLetter == r.group(1).charAt(0) - 1;
            if (n.matches()) {
                number = n.group(1);
                letter = null;
                lastLetter = 0;
                found.add(new Builder(number, n.group(2)));
            } else if (number != null && r.matches() && !romanIsLetter) {
                String parent = letter == null ? number : number + "." + letter;
                found.add(new Builder(parent + "." + r.group(1), r.group(2)));
            } else if (number != null && l.matches()) {
                letter = l.group(1);
                lastLetter = letter.charAt(0);
                found.add(new Builder(number + "." + letter, l.group(2)));
            } else if (!found.isEmpty()) {
                found.get(found.size() - 1).more(line);
            }
        }
        if (found.isEmpty()) {
            return new RequestText(text, List.of(new RequestPart("1", text.strip(), List.of())));
        }
        List<RequestPart> parts = new ArrayList<>();
        for (Builder b : found) {
            if (parts.stream().anyMatch(p -> p.label().equals(b.label))) {
                // A requester who numbers two questions alike still asked both: keep the second apart.
                b.label = b.label + "'";
            }
            parts.add(new RequestPart(b.label, b.text.toString(), List.of()));
        }
        return new RequestText(text, parts);
    }

    /**
     * @param label a part's label
     * @return the part, if the request has it
     */
    public Optional<RequestPart> part(String label) {
        return parts.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /**
     * @param label a label
     * @return true if it names a part or the whole request
     */
    public boolean names(String label) {
        return WHOLE.equals(label) || part(label).isPresent();
    }

    /**
     * @param label a part's label
     * @return the parts directly under it
     */
    public List<RequestPart> childrenOf(String label) {
        return parts.stream().filter(p -> p.parentLabel().equals(label)).toList();
    }

    /** @return the top-level parts */
    public List<RequestPart> topLevel() {
        return parts.stream().filter(RequestPart::topLevel).toList();
    }

    /**
     * This text with a clarification attached to some parts, or to every top-level part when none are named.
     *
     * @param clarification what the requester said
     * @param labels        the parts it explains; empty for the whole request
     * @return the new text
     * @throws IllegalArgumentException if a label names no part
     */
    public RequestText clarifiedBy(Clarification clarification, Collection<String> labels) {
        for (String label : labels) {
            if (part(label).isEmpty()) {
                throw new IllegalArgumentException("the request has no part " + label);
            }
        }
        List<RequestPart> out = new ArrayList<>();
        for (RequestPart p : parts) {
            boolean applies = labels.isEmpty() ? p.topLevel() : labels.contains(p.label());
            out.add(applies ? p.clarifiedBy(clarification) : p);
        }
        return new RequestText(asReceived, out);
    }

    private static final class Builder {
        private String label;
        private final StringBuilder text;

        Builder(String label, String first) {
            this.label = label;
            this.text = new StringBuilder(first.strip());
        }

        void more(String line) {
            text.append(text.length() == 0 ? "" : "\n").append(line.strip());
        }
    }
}
