package uk.foi.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests what in a request's wording looks like personal data, before staff publish it on the disclosure log.
 * Requesters sign their requests, give a phone number or an address, and name the people they ask about; a disclosure
 * log is a publication to the world, so those must go (UK GDPR art 5(1)(c), data minimisation; what is published
 * under FOIA is published to everyone, ICO guidance on disclosure logs).
 *
 * <p>It only suggests: patterns find emails, UK phone numbers, postcodes, street addresses, National Insurance
 * numbers, names after a title ("Mr J Smith"), after "my name is" and under a sign-off ("Yours sincerely"). A name
 * written any other way is not found, which is why a member of staff reads and edits the wording before it is
 * published; nothing is published by this class.
 */
public final class PersonalDataFinder {

    /** What kind of personal data a suggestion looks like. */
    public enum Kind {
        /** An email address. */
        EMAIL("email address"),
        /** A UK telephone number. */
        PHONE("phone number"),
        /** A street address (a number and a street). */
        ADDRESS("address"),
        /** A UK postcode. */
        POSTCODE("postcode"),
        /** A National Insurance number. */
        NI_NUMBER("National Insurance number"),
        /** A person's name. */
        NAME("name");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** @return what it is called in a sentence, such as "email address" */
        public String words() {
            return words;
        }

        /** @return what the published wording says in its place, such as "[email address removed]" */
        public String placeholder() {
            return "[" + words + " removed]";
        }
    }

    /**
     * Something that looks like personal data.
     *
     * @param kind  what it looks like
     * @param start where it starts in the text
     * @param end   where it ends (exclusive)
     * @param found the text found
     */
    public record Suggestion(Kind kind, int start, int end, String found) {
        /** @throws IllegalArgumentException if the range is empty or negative */
        public Suggestion {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(found, "found");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("an empty range: " + start + ".." + end);
            }
        }
    }

    private static final String CAPITALISED = "[A-Z][a-z'\u2019-]+|[A-Z]\\.?";
    private static final String NAME = "(?:" + CAPITALISED + ")(?:[ \\t]+(?:" + CAPITALISED + ")){0,3}";

    private record Rule(Kind kind, Pattern pattern, int group) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
                    0),
            // Ofcom's UK number plan: 0 or +44, then 9 or 10 digits, in the groupings people write.
            new Rule(Kind.PHONE, Pattern.compile("(?<![\\w/])(?:\\+44[ \\t]?(?:\\(0\\)[ \\t]?)?|\\(?0)"
                    + "\\d{2,4}\\)?(?:[ \\t-]?\\d){6,8}(?![\\w/])"), 0),
            new Rule(Kind.NI_NUMBER, Pattern.compile("\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\\d{2}[ ]?\\d{2}[ ]?"
                    + "\\d{2}[ ]?[A-D]\\b"), 0),
            new Rule(Kind.ADDRESS, Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?[ \\t]+(?:[A-Z][a-z']+[ \\t]+){1,3}"
                    + "(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Gardens|Court|Terrace"
                    + "|Grove|Hill|Square|Row|Walk|Mews|Park|Rise|View)\\b\\.?"), 0),
            new Rule(Kind.POSTCODE, Pattern.compile("(?i)\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?[ ]?\\d[ABD-HJLNP-UW-Z]{2}"
                    + "|GIR[ ]?0AA)\\b"), 0),
            new Rule(Kind.NAME, Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\\.?[ \\t]+"
                    + "(" + NAME + ")"), 0),
            new Rule(Kind.NAME, Pattern.compile("(?i:\\bmy name is)[ \\t]+(" + NAME + ")"), 1),
            new Rule(Kind.NAME, Pattern.compile("(?m)^[ \\t]*(?i:yours[ \\t]+(?:sincerely|faithfully|truly)"
                    + "|(?:kind|best|warm|many)[ \\t]+(?:regards|thanks|wishes)|regards|thanks|thank[ \\t]+you"
                    + "|cheers),?[ \\t]*\\R(?:[ \\t]*\\R)*[ \\t]*(" + NAME + ")[ \\t]*$"), 1));

    /**
     * @param text the request's wording
     * @return what looks like personal data, in order, none overlapping (the longer of two that overlap is kept)
     */
    public List<Suggestion> find(String text) {
        List<Suggestion> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                all.add(new Suggestion(rule.kind(), m.start(rule.group()), m.end(rule.group()), m.group(rule.group())));
            }
        }
        all.sort(Comparator.comparingInt(Suggestion::start).thenComparing(s -> -(s.end() - s.start())));
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : all) {
            if (kept.isEmpty() || s.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(s);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The wording with each suggestion replaced by its placeholder: the draft staff start editing from.
     *
     * @param text        the request's wording
     * @param suggestions what {@link #find} found in it
     * @return the wording with them removed
     */
    public static String redact(String text, List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Suggestion s : suggestions) {
            out.append(text, at, s.start()).append(s.kind().placeholder());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
