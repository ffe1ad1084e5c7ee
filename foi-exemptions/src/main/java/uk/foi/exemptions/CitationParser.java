package uk.foi.exemptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foi.deadlines.Regime;

/**
 * Reads the provisions cited in refusal notices as real authorities write them, and returns one canonical
 * {@link Citation} per leaf provision, each with the exact span of text it came from.
 *
 * <p>What it reads: prefixes {@code Section}, {@code Sections}, {@code s.}, {@code s}, {@code ss}, {@code Regulation},
 * {@code Reg.}, {@code Exception} (any case) or none; spaces inside and between brackets; joined forms
 * ({@code 31(1)(a)&(b)}, {@code 31(1)(a)(b) and (c)}, {@code 12(5)(d)-(g)}, {@code Sections 30, 31, 38 and 40});
 * {@code 40(2)(3A)(a)}, which is s40(2) by virtue of s40(3A)(a) and yields both; a trailing {@code of the Act},
 * {@code of FOIA}, {@code of the EIR} and the instruments' full titles.
 *
 * <p>How it decides the regime: the text's own words first ({@code of the EIR}, {@code Regulation}), then the
 * caller's context (a letter under the EIR that writes "Section 12(5)(e)" means EIR reg 12(5)(e)), then the shape of
 * the provision (an EIR-only shape such as 12(5)(e) in a FOIA letter is read as EIR, with a warning; a number beyond
 * the EIR's 21 regulations in an EIR letter is read as the Act's section, with a warning).
 *
 * <p>What it warns about, never silently: pre-2018 forms of s40 ({@code s40(3)}, {@code s40(5)}), a section 40
 * subsection written as if it were a section ({@code Sections 3A(b), 3B}), a missing closing bracket. What it reports
 * as a problem, with position and reason: a number the instrument does not have, a bracket it cannot read, a range
 * it cannot expand. What it leaves out, and lists as ignored: sections of other enactments ("section 41 of the
 * Terrorism Act 2000", "Data Protection Act 2018, section 34") and sections of a document ("section 2 of this
 * letter").
 *
 * <p>Instances are immutable and thread-safe. Parsing is linear in the text's length and never throws for any input.
 */
public final class CitationParser {

    /** Whether a bare number is a citation. */
    public enum Mode {
        /** The text is a citation or a list of them: a prefix is optional ({@code 31(1)(a)}, {@code 12}). */
        CITATION,
        /** The text is a letter: a citation starts with a prefix word; lists continue without one. */
        LETTER
    }

    /**
     * One citation found.
     *
     * @param citation the canonical provision
     * @param start    index of the first character of the text it came from
     * @param end      index after the last character
     * @param text     that text
     * @param warnings what the parser had to assume, empty if nothing
     */
    public record Found(Citation citation, int start, int end, String text, List<String> warnings) {
        /** Copies the warnings. */
        public Found {
            Objects.requireNonNull(citation, "citation");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Text that looked like a citation but could not be read.
     *
     * @param start  index of the first character
     * @param end    index after the last character
     * @param text   that text
     * @param reason why it could not be read
     */
    public record Problem(int start, int end, String text, String reason) {
    }

    /**
     * A citation of something other than FOI law, left out on purpose.
     *
     * @param start  index of the first character
     * @param end    index after the last character
     * @param text   that text
     * @param reason what it cites instead
     */
    public record Ignored(int start, int end, String text, String reason) {
    }

    /**
     * Everything read from one text, in order of position.
     *
     * @param citations the citations, one per leaf provision and occurrence
     * @param problems  what could not be read
     * @param ignored   citations of other enactments or documents
     */
    public record Result(List<Found> citations, List<Problem> problems, List<Ignored> ignored) {
        /** Copies the lists. */
        public Result {
            citations = List.copyOf(citations);
            problems = List.copyOf(problems);
            ignored = List.copyOf(ignored);
        }

        /** @return each distinct citation once, in order of first appearance */
        public List<Citation> distinct() {
            Set<Citation> seen = new LinkedHashSet<>();
            citations.forEach(found -> seen.add(found.citation()));
            return List.copyOf(seen);
        }
    }

    /** Highest section or regulation number per instrument (FOIA s88, FOISA s76, EIR and EISR reg 21). */
    private static final Map<Regime, Integer> HIGHEST = Map.of(
            Regime.FOIA, 88, Regime.FOISA, 76, Regime.EIR, 21, Regime.EISR, 21);
    /** Sections with a letter suffix inserted by later Acts (datasets 2012, research 2014, ombudsmen 2007). */
    private static final Set<String> LETTERED = Set.of("FOIA 11A", "FOIA 11B", "FOIA 22A", "FOIA 76A");
    /** Subsections of FOIA s40 that letters sometimes write as sections ("Sections 3A(b), 3B of the Act"). */
    private static final Set<String> SECTION_40_SUBSECTIONS = Set.of("3A", "3B", "4A", "5A", "5B");
    private static final Set<String> UNITS = Set.of("hour", "hours", "day", "days", "working", "week", "weeks",
            "month", "months", "year", "years", "minute", "minutes", "per", "percent", "pm", "am", "people",
            "officers", "items", "requests", "questions", "pages", "times", "members", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> NUMBERED_THINGS = Set.of("question", "questions", "q", "part", "parts",
            "point", "points", "paragraph", "para", "page", "pages", "item", "annex", "appendix", "schedule",
            "article", "articles", "chapter", "step", "no", "number", "rule", "clause", "principle", "option");
    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,2}[A-Z]{0,2}|[a-z]{1,4}");
    private static final Pattern OTHER_ACT_BEFORE = Pattern.compile(
            "((?:(?:[A-Z][A-Za-z]*|of|and|\\(Scotland\\))\\s+){0,8}(?:Act|Regulations|Order)(?:\\s+(?:19|20)\\d\\d)?)"
                    + "\\s*,?\\s*$");
    private static final int MAX_RANGE = 26;

    private final Regime context;
    private final Mode mode;

    private CitationParser(Regime context, Mode mode) {
        this.context = Objects.requireNonNull(context, "context");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (context == Regime.SAR) {
            throw new IllegalArgumentException("citations are read under FOIA, EIR, FOISA or EISR, not SAR");
        }
    }

    /**
     * @param context the regime the text is written under, used where the text does not say; not SAR
     * @return a parser for citation text (prefix optional)
     * @throws IllegalArgumentException for SAR
     */
    public static CitationParser forRegime(Regime context) {
        return new CitationParser(context, Mode.CITATION);
    }

    /** @return a parser with the same context for whole letters, where a citation starts with a prefix word */
    public CitationParser inLetters() {
        return new CitationParser(context, Mode.LETTER);
    }

    /** @return the regime assumed where the text does not say */
    public Regime context() {
        return context;
    }

    /**
     * Reads every citation in the text.
     *
     * @param text any text; not null
     * @return the citations, problems and ignored references, in order of position
     */
    public Result parse(String text) {
        Objects.requireNonNull(text, "text");
        Scan scan = new Scan(text);
        scan.run();
        return new Result(scan.found, scan.problems, scan.ignored);
    }

    private enum Family { SECTION, REGULATION, NONE }

    private enum Trailer { FOIA, EIR, FOISA, EISR, ACT, REGULATIONS, OTHER, DOCUMENT }

    /** One number with its brackets: {@code 31(1)(a)&(b)} yields two leaf paths. */
    private record Item(int start, int end, String number, List<List<String>> leaves, List<String> warnings,
                        Family family, boolean unreadable) {
    }

    private record TrailerMatch(Trailer kind, int end, String phrase) {
    }

    /** A scan over one text; not thread-safe, used once. */
    private final class Scan {
        private final String s;
        private final int n;
        private final List<Found> found = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Ignored> ignored = new ArrayList<>();

        Scan(String text) {
            this.s = text;
            this.n = text.length();
        }

        void run() {
            int i = 0;
            while (i < n) {
                int next = reference(i);
                i = next > i ? next : i + 1;
            }
        }

        /** Reads a reference starting at i; returns the index after it, or -1 if none starts there. */
        private int reference(int i) {
            if (!boundaryBefore(i)) {
                return -1;
            }
            int[] prefixEnd = new int[1];
            Family family = prefix(i, prefixEnd);
            int p;
            if (family != null) {
                p = skipSpaces(prefixEnd[0]);
            } else if (mode == Mode.CITATION && isDigit(i) && !numberedThing(i)) {
                family = Family.NONE;
                p = i;
            } else {
                return -1;
            }
            List<Item> items = new ArrayList<>();
            Item first = item(p, i, family, family != Family.NONE);
            if (first == null) {
                return -1;
            }
            items.add(first);
            int end = first.end();
            while (true) {
                int next = continuation(end);
                if (next < 0) {
                    break;
                }
                int[] againEnd = new int[1];
                Family again = prefix(next, againEnd);
                int numberAt = again != null ? skipSpaces(againEnd[0]) : next;
                Item more = item(numberAt, next, again != null ? again : family, again != null);
                if (more == null) {
                    break;
                }
                items.add(more);
                end = more.end();
            }
            TrailerMatch trailer = trailer(end);
            int referenceEnd = trailer != null ? trailer.end() : end;
            int[] leadingStart = new int[1];
            Regime leading = leadingRegime(i, leadingStart);
            String otherBefore = otherActBefore(i);
            if (otherBefore != null && (trailer == null || trailer.kind() == Trailer.OTHER)) {
                ignored.add(new Ignored(i, referenceEnd, s.substring(i, referenceEnd),
                        "a provision of " + otherBefore.trim() + ", not of FOI law"));
                return referenceEnd;
            }
            if (trailer != null && (trailer.kind() == Trailer.OTHER || trailer.kind() == Trailer.DOCUMENT)) {
                ignored.add(new Ignored(i, referenceEnd, s.substring(i, referenceEnd),
                        trailer.kind() == Trailer.OTHER ? "a provision of " + trailer.phrase() + ", not of FOI law"
                                : "a section of " + trailer.phrase() + ", not of FOI law"));
                return referenceEnd;
            }
            Regime explicit = leading != null ? leading : trailer == null ? null : explicitRegime(trailer.kind());
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                if (k == 0 && leading != null) {
                    item = new Item(leadingStart[0], item.end(), item.number(), item.leaves(), item.warnings(),
                            item.family(), item.unreadable());
                }
                emit(item, explicit);
            }
            return referenceEnd;
        }

        /** True if the number at i numbers something else: "question 2", "page 3", "Article 21". */
        private boolean numberedThing(int i) {
            int j = skipBack(i);
            int k = j;
            while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
                k--;
            }
            return NUMBERED_THINGS.contains(s.substring(k, j).toLowerCase(Locale.ROOT));
        }

        private int skipBack(int i) {
            int j = i;
            while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t' || s.charAt(j - 1) == '\u00a0')) {
                j--;
            }
            return j;
        }

        /** A regime's name written just before a reference, as in the canonical {@code FOISA s30(b)(ii)}. */
        private Regime leadingRegime(int i, int[] start) {
            int j = skipBack(i);
            if (j == i) {
                return null;
            }
            int k = j;
            while (k > 0 && Character.isUpperCase(s.charAt(k - 1))) {
                k--;
            }
            if (k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
                return null;
            }
            start[0] = k;
            return switch (s.substring(k, j)) {
                case "FOIA" -> Regime.FOIA;
                case "EIR" -> Regime.EIR;
                case "FOISA" -> Regime.FOISA;
                case "EISR" -> Regime.EISR;
                default -> null;
            };
        }

        private Regime explicitRegime(Trailer trailer) {
            return switch (trailer) {
                case FOIA -> Regime.FOIA;
                case EIR -> Regime.EIR;
                case FOISA -> Regime.FOISA;
                case EISR -> Regime.EISR;
                case ACT -> actOf(context);
                case REGULATIONS -> regulationsOf(context);
                default -> null;
            };
        }

        /** Reads a prefix word at i, returning its family and setting end; null if none. */
        private Family prefix(int i, int[] end) {
            if (i >= n || !Character.isLetter(s.charAt(i)) || !boundaryBefore(i)) {
                return null;
            }
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j)) && j - i < 12) {
                j++;
            }
            String word = s.substring(i, j).toLowerCase(Locale.ROOT);
            Family family = switch (word) {
                case "section", "sections", "s", "ss", "sec", "secs" -> Family.SECTION;
                case "regulation", "regulations", "reg", "regs", "exception", "exceptions" -> Family.REGULATION;
                default -> null;
            };
            if (family == null) {
                return null;
            }
            if (j < n && s.charAt(j) == '.') {
                j++;
            }
            int k = skipSpaces(j);
            if (!isDigit(k)) {
                return null;
            }
            if (k == j && !(word.length() <= 3)) {
                return null; // "Section31" is not written; "s31" and "reg13" are
            }
            end[0] = j;
            return family;
        }

        /** Reads one number and its brackets at p; start is where the item's text starts (prefix included). */
        private Item item(int p, int start, Family family, boolean prefixed) {
            if (!isDigit(p) || !boundaryBefore(p) && !prefixed) {
                return null;
            }
            int j = p;
            while (j < n && isDigit(j)) {
                j++;
            }
            if (j - p > 3 || s.charAt(p) == '0') {
                return null;
            }
            if (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z' && !(j + 1 < n && Character.isLetter(s.charAt(j + 1)))) {
                j++;
            }
            if (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' && isDigit(j + 1)
                    || s.charAt(j) == ':' && isDigit(j + 1) || s.charAt(j) == '%' || s.charAt(j) == '/' && isDigit(j + 1))) {
                return null; // 12th, 3.5, 10:30, 50%, 1/2
            }
            String number = s.substring(p, j);
            List<String> warnings = new ArrayList<>();
            Paths paths = new Paths();
            int end = j;
            boolean any = false;
            while (true) {
                int q = skipSpaces(end);
                int joined = -1;
                boolean range = false;
                if (any) {
                    int[] kind = new int[1];
                    joined = innerJoiner(q, kind);
                    range = kind[0] == 1;
                }
                int open = joined >= 0 ? skipSpaces(joined) : q;
                if (open >= n || s.charAt(open) != '(') {
                    break;
                }
                int t = skipSpaces(open + 1);
                int tokenEnd = t;
                while (tokenEnd < n && Character.isLetterOrDigit(s.charAt(tokenEnd)) && tokenEnd - t < 8) {
                    tokenEnd++;
                }
                String token = s.substring(t, tokenEnd);
                int close = skipSpaces(tokenEnd);
                boolean closed = close < n && s.charAt(close) == ')';
                if (token.isEmpty() || !LEVEL.matcher(token).matches()) {
                    if (closed && !token.isEmpty() && !looksLikeWords(token)) {
                        problems.add(new Problem(open, close + 1, s.substring(open, close + 1),
                                "cannot read '" + s.substring(open, close + 1) + "' after "
                                        + number + paths.describe() + ": expected a subsection such as (1) or (3A),"
                                        + " a paragraph such as (a) or a sub-paragraph such as (ii)"));
                    }
                    break;
                }
                if (!closed) {
                    if (close < n && s.charAt(close) != '(' && !Character.isWhitespace(s.charAt(close))
                            && !",;.&".contains(String.valueOf(s.charAt(close)))) {
                        break;
                    }
                    warnings.add("missing ')' after '(" + token + "' at position " + tokenEnd + ": read as ("
                            + token + ")");
                }
                String error = range ? paths.range(token) : paths.add(token);
                if (error != null) {
                    problems.add(new Problem(start, closed ? close + 1 : tokenEnd,
                            s.substring(start, closed ? close + 1 : tokenEnd), error));
                    return new Item(start, closed ? close + 1 : tokenEnd, number, List.of(), warnings, family, true);
                }
                any = true;
                end = closed ? close + 1 : tokenEnd;
            }
            if (!any && !prefixed && unitFollows(end)) {
                return null;
            }
            return new Item(start, end, number, paths.leaves(), warnings, family, false);
        }

        /** A joiner between two bracket groups: {@code &}, {@code and}, {@code or}, {@code ,}, {@code /}, a dash. */
        private int innerJoiner(int q, int[] kind) {
            if (q >= n) {
                return -1;
            }
            char c = s.charAt(q);
            if (c == '&' || c == ',' || c == '/') {
                int after = q + 1;
                int word = wordAt(skipSpaces(after), "and");
                return word >= 0 ? word : after;
            }
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                kind[0] = 1;
                return q + 1;
            }
            int word = wordAt(q, "and");
            if (word < 0) {
                word = wordAt(q, "or");
            }
            if (word < 0) {
                word = wordAt(q, "to");
                if (word >= 0) {
                    kind[0] = 1;
                }
            }
            return word;
        }

        /** After an item, a joiner followed by another number (perhaps with a prefix); returns where it starts. */
        private int continuation(int end) {
            int q = skipSpaces(end);
            int after = -1;
            if (q < n && (s.charAt(q) == ',' || s.charAt(q) == '&' || s.charAt(q) == '/')) {
                after = q + 1;
                int and = wordAt(skipSpaces(after), "and");
                if (and >= 0) {
                    after = and;
                }
            } else {
                after = wordAt(q, "and");
                if (after < 0) {
                    after = wordAt(q, "or");
                }
            }
            if (after < 0) {
                return -1;
            }
            int next = skipSpaces(after);
            if (isDigit(next)) {
                return next;
            }
            int[] prefixEnd = new int[1];
            return prefix(next, prefixEnd) != null ? next : -1;
        }

        /** Reads "of the Act", "of FOIA", "of the Data Protection Act 2018", "of this letter" after a reference. */
        private TrailerMatch trailer(int end) {
            int q = skipSpaces(end);
            if (q < n && s.charAt(q) == ',') {
                q = skipSpaces(q + 1);
            }
            int of = wordAt(q, "of");
            if (of < 0) {
                return null;
            }
            int p = skipSpaces(of);
            int the = wordAt(p, "the");
            if (the >= 0) {
                p = skipSpaces(the);
            }
            int document = -1;
            for (String word : List.of("this", "that", "our", "your", "my")) {
                document = Math.max(document, wordAt(p, word));
            }
            if (document >= 0) {
                int wordEnd = skipSpaces(document);
                while (wordEnd < n && Character.isLetter(s.charAt(wordEnd))) {
                    wordEnd++;
                }
                return new TrailerMatch(Trailer.DOCUMENT, wordEnd, s.substring(p, wordEnd));
            }
            List<String> words = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int w = p;
            while (w < n && words.size() < 10) {
                int wordEnd = w;
                while (wordEnd < n && (Character.isLetterOrDigit(s.charAt(wordEnd)) || s.charAt(wordEnd) == '('
                        || s.charAt(wordEnd) == ')') && wordEnd - w < 30) {
                    wordEnd++;
                }
                if (wordEnd == w) {
                    break;
                }
                String word = s.substring(w, wordEnd);
                boolean year = word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                        && word.chars().allMatch(Character::isDigit);
                boolean name = Character.isUpperCase(word.charAt(0)) || year || word.equals("(Scotland)")
                        || word.equals("act") || word.equals("regulations")
                        || !words.isEmpty() && (word.equals("of") || word.equals("and") || word.equals("for"));
                if (!name) {
                    break;
                }
                words.add(word);
                ends.add(wordEnd);
                w = skipSpaces(wordEnd);
                if (year) {
                    break;
                }
            }
            while (!words.isEmpty() && List.of("of", "and", "for").contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
                ends.remove(ends.size() - 1);
            }
            if (words.isEmpty()) {
                return null;
            }
            int phraseEnd = ends.get(ends.size() - 1);
            String phrase = String.join(" ", words);
            Trailer kind = classify(phrase);
            return kind == null ? null : new TrailerMatch(kind, phraseEnd, phrase);
        }

        /** The enactment named just before a reference ("Data Protection Act 2018, section 34"), if any. */
        private String otherActBefore(int i) {
            int from = Math.max(0, i - 80);
            Matcher m = OTHER_ACT_BEFORE.matcher(s.substring(from, i));
            if (!m.find()) {
                return null;
            }
            Trailer kind = classify(m.group(1).trim());
            return kind == Trailer.OTHER ? m.group(1) : null;
        }

        private void emit(Item item, Regime explicit) {
            if (item.unreadable()) {
                return; // its bracket could not be read and is already reported
            }
            List<String> warnings = new ArrayList<>(item.warnings());
            Regime regime = regime(item, explicit);
            String number = item.number();
            List<List<String>> paths = item.leaves().isEmpty() ? List.of(List.of()) : item.leaves();
            if (regime == Regime.FOIA && SECTION_40_SUBSECTIONS.contains(number)) {
                warnings.add("FOIA has no section " + number + "; read as section 40(" + number + "), a subsection"
                        + " of s40 written as a section");
                List<List<String>> under40 = new ArrayList<>();
                for (List<String> path : paths) {
                    List<String> longer = new ArrayList<>();
                    longer.add(number);
                    longer.addAll(path);
                    under40.add(longer);
                }
                paths = under40;
                number = "40";
            }
            if (explicit == null && item.family() != Family.REGULATION) {
                if (regime == Regime.FOIA && number.equals("12") && paths.stream().anyMatch(CitationParser::eirShape)) {
                    regime = Regime.EIR;
                    warnings.add("FOIA s12 has no such subsection or paragraph; read as EIR regulation 12"
                            + " (an EIR exception written as a section)");
                } else if (regime.isEnvironmental() && outOfRange(regime, number) && !outOfRange(actOf(regime), number)) {
                    warnings.add("the " + regime + " have no regulation " + number + "; read as " + actOf(regime)
                            + " section " + number);
                    regime = actOf(regime);
                }
            }
            if (outOfRange(regime, number)) {
                problems.add(new Problem(item.start(), item.end(), s.substring(item.start(), item.end()),
                        regime + " has no " + (regime.isEnvironmental() ? "regulation " : "section ") + number));
                return;
            }
            for (List<String> path : paths) {
                Citation citation = new Citation(regime, number, path);
                List<String> own = new ArrayList<>(warnings);
                if (regime == Regime.FOIA && number.equals("40") && !path.isEmpty()
                        && (path.get(0).equals("3") || path.get(0).equals("5"))) {
                    own.add("s40(" + path.get(0) + ") is the pre-2018 form: since 25 May 2018 the conditions are"
                            + " s40(3A), (3B) and (4A) and neither-confirm-nor-deny is s40(5A) and (5B);"
                            + " cite the current provision");
                }
                found.add(new Found(citation, item.start(), item.end(), s.substring(item.start(), item.end()), own));
            }
        }

        private Regime regime(Item item, Regime explicit) {
            if (explicit != null) {
                return explicit;
            }
            return item.family() == Family.REGULATION ? regulationsOf(context) : context;
        }

        private boolean unitFollows(int end) {
            int q = skipSpaces(end);
            int wordEnd = q;
            while (wordEnd < n && Character.isLetter(s.charAt(wordEnd))) {
                wordEnd++;
            }
            return wordEnd > q && UNITS.contains(s.substring(q, wordEnd).toLowerCase(Locale.ROOT))
                    || q < n && s.charAt(q) == '%';
        }

        private boolean boundaryBefore(int i) {
            if (i == 0) {
                return true;
            }
            char c = s.charAt(i - 1);
            return !(Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '.' && isDigit(i - 2)
                    || c == '\u00a3' || c == '$' || c == '/' || c == '-' || c == '_' || c == '#' || c == '@');
        }

        private int skipSpaces(int i) {
            int j = i;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\u00a0')) {
                j++;
            }
            return j;
        }

        private boolean isDigit(int i) {
            return i >= 0 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        /** The index after {@code word} at i, matched case-insensitively as a whole word; -1 if not there. */
        private int wordAt(int i, String word) {
            int end = i + word.length();
            if (end > n || !s.regionMatches(true, i, word, 0, word.length())) {
                return -1;
            }
            return end < n && Character.isLetterOrDigit(s.charAt(end)) ? -1 : end;
        }
    }

    /** Shapes that exist in EIR reg 12 but not in FOIA s12 (whose subsections are (1) to (5), and (4)(a)-(b)). */
    private static boolean eirShape(List<String> path) {
        if (path.isEmpty()) {
            return false;
        }
        String sub = path.get(0);
        if (Set.of("6", "7", "8", "9", "10", "11").contains(sub)) {
            return true;
        }
        return path.size() > 1 && (sub.equals("5") || sub.equals("4") && !Set.of("a", "b").contains(path.get(1)));
    }

    /** The Act of a regime's jurisdiction: FOIA for FOIA and the EIR, FOISA for FOISA and the EISR. */
    private static Regime actOf(Regime regime) {
        return regime.isScottish() ? Regime.FOISA : Regime.FOIA;
    }

    /** The environmental regulations of a regime's jurisdiction: the EIR, or the EISR in Scotland. */
    private static Regime regulationsOf(Regime regime) {
        return regime.isScottish() ? Regime.EISR : Regime.EIR;
    }

    private static boolean outOfRange(Regime regime, String number) {
        int digits = 0;
        while (digits < number.length() && Character.isDigit(number.charAt(digits))) {
            digits++;
        }
        int value = Integer.parseInt(number.substring(0, digits));
        if (value > HIGHEST.get(regime)) {
            return true;
        }
        return digits < number.length() && !LETTERED.contains(regime + " " + number);
    }

    private static boolean looksLikeWords(String token) {
        return token.length() > 4 || Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase);
    }

    private static Trailer classify(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim().replaceAll("^((of|and) )+", "");
        p = p.replaceAll(" (19|20)\\d\\d$", "");
        return switch (p) {
            case "act", "the act" -> Trailer.ACT;
            case "regulations", "regs" -> Trailer.REGULATIONS;
            case "foia", "foi act", "freedom of information act", "foi", "foia act" -> Trailer.FOIA;
            case "eir", "eirs", "environmental information regulations", "eir regulations" -> Trailer.EIR;
            case "foisa", "freedom of information (scotland) act", "foi(s)a", "foi (scotland) act" -> Trailer.FOISA;
            case "eisr", "eisrs", "environmental information (scotland) regulations" -> Trailer.EISR;
            default -> otherEnactment(p) ? Trailer.OTHER : null;
        };
    }

    private static boolean otherEnactment(String phrase) {
        return phrase.endsWith(" act") || phrase.endsWith(" regulations") || phrase.endsWith(" order")
                || phrase.endsWith(" rules") || Set.of("dpa", "gdpr", "uk gdpr", "pace", "ripa", "tact", "the dpa")
                .contains(phrase) || phrase.endsWith(" code") || phrase.equals("code");
    }

    /** Builds leaf paths from bracket groups, deciding at each group whether it nests or starts a sibling. */
    private static final class Paths {
        private final List<List<String>> leaves = new ArrayList<>();
        private final List<String> current = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();

        /** Adds a group; returns an error message or null. */
        String add(String token) {
            int level = level(token);
            int last = levels.isEmpty() ? 0 : levels.get(levels.size() - 1);
            if (level <= last) {
                leaves.add(List.copyOf(current));
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    current.remove(current.size() - 1);
                    levels.remove(levels.size() - 1);
                }
            }
            current.add(token);
            levels.add(level);
            return null;
        }

        /** Expands a range from the last group to {@code token}, as in {@code 12(5)(d)-(g)}. */
        String range(String token) {
            if (current.isEmpty()) {
                return "a range needs a first element";
            }
            String from = current.get(current.size() - 1);
            int fromLevel = levels.get(levels.size() - 1);
            boolean letters = from.length() == 1 && token.length() == 1 && Character.isLowerCase(from.charAt(0))
                    && Character.isLowerCase(token.charAt(0));
            boolean numbers = from.chars().allMatch(Character::isDigit) && token.chars().allMatch(Character::isDigit);
            if (!letters && !numbers) {
                return "cannot expand the range (" + from + ") to (" + token + "): ranges run between single letters"
                        + " or plain numbers";
            }
            int a = letters ? from.charAt(0) : Integer.parseInt(from);
            int b = letters ? token.charAt(0) : Integer.parseInt(token);
            if (b <= a || b - a > MAX_RANGE) {
                return "cannot expand the range (" + from + ") to (" + token + "): it must run forwards";
            }
            for (int v = a + 1; v <= b; v++) {
                leaves.add(List.copyOf(current));
                current.set(current.size() - 1, letters ? String.valueOf((char) v) : String.valueOf(v));
                levels.set(levels.size() - 1, fromLevel);
            }
            return null;
        }

        List<List<String>> leaves() {
            List<List<String>> all = new ArrayList<>(leaves);
            if (!current.isEmpty()) {
                all.add(List.copyOf(current));
            }
            return all;
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            current.forEach(level -> text.append('(').append(level).append(')'));
            return text.toString();
        }

        /** 1 = subsection (digits), 2 = paragraph (letters), 3 = sub-paragraph (roman numerals under a letter). */
        private int level(String token) {
            if (Character.isDigit(token.charAt(0))) {
                return 1;
            }
            int last = levels.isEmpty() ? 0 : levels.get(levels.size() - 1);
            if (!ROMAN.contains(token)) {
                return 2;
            }
            if (last == 3) {
                return 3;
            }
            if (last == 2) {
                String previous = current.get(current.size() - 1);
                boolean nextLetter = token.length() == 1 && previous.length() == 1
                        && token.charAt(0) == previous.charAt(0) + 1;
                return nextLetter ? 2 : 3;
            }
            return 2;
        }
    }
}
