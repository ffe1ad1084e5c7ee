package uk.foi.exemptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>How it decides the regime: for a whole letter, first the instruments the letter names ({@link #read}: a
 * letter naming only the Freedom of Information (Scotland) Act is read under FOISA whatever the caller's default);
 * then, per citation, the text's own words ({@code of the EIR}, {@code Regulation}), then the letter's or the
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
 * <p>In letters it also reads lists as authorities and regulators write them: bare numbers one per line when a
 * line introduces or closes the list, lists run on past descriptions and semicolons, "the exemptions in 30(b)(i)";
 * and it recognises the Fees Regulations (SI 2004/3244, SSI 2004/467) as such ({@link Related}). A provision that
 * cannot exist in the regime it is read under ("FOIA s30(b)(ii)") is a warning.
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
     * An instrument that is not one of the four laws but that refusals cite for their own provisions: the regulations
     * that set the cost limit.
     */
    public enum Instrument {
        /** The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, SI 2004/3244. */
        FEES("FEES", "the Fees Regulations (SI 2004/3244)", 7),
        /** The Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004, SSI 2004/467. */
        SCOTTISH_FEES("SFEES", "the Scottish Fees Regulations (SSI 2004/467)", 7);

        private final String code;
        private final String title;
        private final int highest;

        Instrument(String code, String title, int highest) {
            this.code = code;
            this.title = title;
            this.highest = highest;
        }

        /** @return the short code used in canonical form, {@code FEES} or {@code SFEES} */
        public String code() {
            return code;
        }

        /** @return the instrument's short title with its number */
        public String title() {
            return title;
        }
    }

    /**
     * A regulation of the Fees Regulations, recognised as such rather than read as an EIR regulation.
     *
     * @param start      index of the first character
     * @param end        index after the last character
     * @param text       that text
     * @param instrument which Fees Regulations
     * @param number     the regulation's number
     * @param path       its paragraphs, outermost first
     */
    public record Related(int start, int end, String text, Instrument instrument, String number, List<String> path) {
        /** Copies the path. */
        public Related {
            Objects.requireNonNull(instrument, "instrument");
            path = List.copyOf(path);
        }

        /** @return the canonical form, as {@code FEES reg4(3)} */
        public String canonical() {
            StringBuilder text = new StringBuilder(instrument.code()).append(" reg").append(number);
            path.forEach(level -> text.append('(').append(level).append(')'));
            return text.toString();
        }
    }

    /**
     * The regime a whole text was read under, and why.
     *
     * @param regime the regime assumed where a citation does not say
     * @param basis  what in the text decided it ("it names the Freedom of Information (Scotland) Act"), or empty
     *               when the text does not say and the caller's regime was used
     */
    public record Reading(Regime regime, String basis) {
        /** Checks the regime. */
        public Reading {
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * Everything read from one text, in order of position.
     *
     * @param citations the citations, one per leaf provision and occurrence
     * @param problems  what could not be read
     * @param ignored   citations of other enactments or documents
     * @param related   regulations of the Fees Regulations
     * @param reading   the regime the text was read under, and why
     */
    public record Result(List<Found> citations, List<Problem> problems, List<Ignored> ignored, List<Related> related,
                         Reading reading) {
        /** Copies the lists. */
        public Result {
            citations = List.copyOf(citations);
            problems = List.copyOf(problems);
            ignored = List.copyOf(ignored);
            related = List.copyOf(related);
            Objects.requireNonNull(reading, "reading");
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
            "((?:(?:\\(?[A-Z][A-Za-z]*\\)?|of|and|for)\\s+){1,10}(?:Act|Regulations|Order)(?:\\s+(?:19|20)\\d\\d)?)"
                    + "(?:[ \\t]*\\((?:the\\s+)?[A-Z][A-Za-z]*(?:\\s+(?:19|20)\\d\\d)?\\))?[ \\t]*,?[ \\t]*$");
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
        Reading reading = mode == Mode.LETTER ? read(text, context) : new Reading(context, "");
        Scan scan = new Scan(text, reading.regime(), mode == Mode.LETTER ? feesNamed(text, reading.regime()) : null);
        scan.run();
        return new Result(scan.found, scan.problems, scan.ignored, scan.related, reading);
    }

    private static final Pattern SCOTTISH_ACT = Pattern.compile(
            "(?i:freedom of information \\(scotland\\) act)|\\bFOI ?\\(S\\) ?A\\b|\\bFoI?SA\\b|\\bFOISA\\b");
    private static final Pattern SCOTTISH_REGULATIONS = Pattern.compile(
            "(?i:environmental information \\(scotland\\) regulations)|\\bEISRs?\\b|\\bEI ?\\(S\\) ?Rs?\\b");
    private static final Pattern UK_ACT = Pattern.compile(
            "(?i:freedom of information act)|\\bFOIA\\b|\\bFoIA\\b|\\bFOI Act\\b|\\bthe 2000 Act\\b");
    private static final Pattern UK_REGULATIONS = Pattern.compile("(?i:environmental information regulations)");
    /** "EIR" and "EIRs" name the environmental regulations of either jurisdiction (Scottish decisions say "the EIRs"). */
    private static final Pattern EITHER_REGULATIONS = Pattern.compile("\\bEIRs?\\b");
    private static final Pattern UK_FEES = Pattern.compile(
            "(?i:appropriate limit and fees\\)\\s+regulations|(?<!scotland\\)\\s)fees regulations)");
    private static final Pattern SCOTTISH_FEES = Pattern.compile(
            "(?i:fees for required disclosure\\)\\s+\\(scotland\\)\\s+regulations)");

    /**
     * Decides the regime of a whole text from the instruments it names, before the caller's default: a text naming
     * only Scottish instruments is read under FOISA (or the EISR if it names only those), one naming only the UK-wide
     * ones under FOIA (or the EIR); where it names both an Act and its regulations, or none, the caller's regime
     * stands if it is of the same jurisdiction, otherwise the Act.
     *
     * @param text   the whole text
     * @param caller the caller's regime
     * @return the regime and what decided it
     */
    public static Reading read(String text, Regime caller) {
        Objects.requireNonNull(text, "text");
        Matcher scotAct = SCOTTISH_ACT.matcher(text);
        Matcher scotRegs = SCOTTISH_REGULATIONS.matcher(text);
        Matcher ukAct = UK_ACT.matcher(text);
        Matcher ukRegs = UK_REGULATIONS.matcher(text);
        Matcher either = EITHER_REGULATIONS.matcher(text);
        String scotActName = scotAct.find() ? scotAct.group() : null;
        String scotRegsName = scotRegs.find() ? scotRegs.group() : null;
        String ukActName = ukAct.find() ? ukAct.group() : null;
        String ukRegsName = ukRegs.find() ? ukRegs.group() : null;
        String eitherName = either.find() ? either.group() : null;
        boolean scot = scotActName != null || scotRegsName != null;
        boolean uk = ukActName != null || ukRegsName != null;
        boolean scottish = scot != uk ? scot : caller.isScottish();
        String actName = scottish ? scotActName : ukActName;
        String regsName = scottish ? scotRegsName : ukRegsName;
        if (regsName == null) {
            regsName = eitherName;
        }
        Regime act = scottish ? Regime.FOISA : Regime.FOIA;
        Regime regulations = scottish ? Regime.EISR : Regime.EIR;
        if (actName != null && regsName == null) {
            return decided(act, caller, "it names " + actName.replaceAll("\\s+", " "));
        }
        if (regsName != null && actName == null) {
            return decided(regulations, caller, "it names " + regsName.replaceAll("\\s+", " "));
        }
        if (caller.isScottish() == scottish) {
            return new Reading(caller, "");
        }
        return decided(act, caller, "it names " + (scottish ? "Scottish" : "UK-wide") + " instruments only");
    }

    private static Reading decided(Regime regime, Regime caller, String basis) {
        return new Reading(regime, regime == caller ? "" : basis);
    }

    /**
     * The Fees Regulations a text names, if any: its bare "Regulation 4(3)" then cites them, not the EIR. "The Fees
     * Regulations" in a text read under FOISA are the Scottish ones unless it gives the UK title.
     */
    private static Instrument feesNamed(String text, Regime regime) {
        if (SCOTTISH_FEES.matcher(text).find()) {
            return Instrument.SCOTTISH_FEES;
        }
        return UK_FEES.matcher(text).find() ? feesMeant(text, regime) : null;
    }

    /**
     * Which Fees Regulations a name of them means: the Scottish ones by their own title, or in a text read under
     * FOISA unless the name is the UK title (SI 2004/3244's "Appropriate Limit and Fees").
     */
    private static Instrument feesMeant(String name, Regime regime) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("fees for required disclosure")) {
            return Instrument.SCOTTISH_FEES;
        }
        return regime.isScottish() && !lower.contains("appropriate limit and fees") ? Instrument.SCOTTISH_FEES
                : Instrument.FEES;
    }

    private enum Family { SECTION, REGULATION, NONE }

    private enum Trailer { FOIA, EIR, EIR_ABBREVIATION, FOISA, EISR, ACT, REGULATIONS, FEES, SCOTTISH_FEES, OTHER,
        DOCUMENT }

    /** One number with its brackets: {@code 31(1)(a)&(b)} yields two leaf paths. */
    private record Item(int start, int end, String number, List<List<String>> leaves, List<String> warnings,
                        Family family, boolean unreadable) {
    }

    private record TrailerMatch(Trailer kind, int end, String phrase) {
    }

    /** How a reference starts: its family, where its first number is, and whether it announces a list. */
    private record Start(Family family, int numberAt, boolean plural, Regime explicit, int explicitStart) {
    }

    /** Bullet characters that may open a line of a list of provisions. */
    private static final String BULLETS = "-\u2022*\u00b7\u25aa\u25cf\u25e6\u2013\uf0b7o";
    private static final Set<String> LIST_WORDS = Set.of("exemption", "exemptions", "exception", "exceptions",
            "section", "sections", "regulation", "regulations", "provision", "provisions", "exempt", "excepted");

    /** A scan over one text; not thread-safe, used once. */
    private final class Scan {
        private final String s;
        private final int n;
        private final Regime context;
        private final Instrument fees;
        private final List<Found> found = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Ignored> ignored = new ArrayList<>();
        private final List<Related> related = new ArrayList<>();
        /** Where a line of a list of bare provision numbers starts, with the regime its list names (or null). */
        private final Map<Integer, Optional<Regime>> listItems = new HashMap<>();

        Scan(String text, Regime context, Instrument fees) {
            this.s = text;
            this.n = text.length();
            this.context = context;
            this.fees = fees;
        }

        void run() {
            if (mode == Mode.LETTER) {
                findLists();
            }
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
            Start start = start(i);
            if (start == null) {
                return -1;
            }
            Family family = start.family();
            List<Item> items = new ArrayList<>();
            Item first = item(start.numberAt(), i, family, family != Family.NONE || start.explicit() != null);
            if (first == null) {
                return -1;
            }
            items.add(first);
            int end = first.end();
            while (true) {
                int next = continuation(end, start.plural());
                if (next < 0) {
                    break;
                }
                Item more;
                if (s.charAt(next) == '(') {
                    more = item(next, next, items.get(items.size() - 1).family(), true,
                            items.get(items.size() - 1).number());
                } else {
                    int[] againEnd = new int[1];
                    Family again = prefix(next, againEnd, null);
                    if (again != null && family != Family.NONE && again != family) {
                        break; // "section 12 and regulation 4(3) of the Fees Regulations": a new reference
                    }
                    int numberAt = again != null ? skipSpaces(againEnd[0]) : next;
                    more = item(numberAt, next, again != null ? again : family, again != null);
                }
                if (more == null) {
                    break;
                }
                items.add(more);
                end = more.end();
            }
            int tail = skipDescriptions(end);
            TrailerMatch trailer = trailer(end);
            if (trailer == null && tail > end) {
                trailer = trailer(tail);
            }
            int referenceEnd = trailer != null ? trailer.end() : end;
            TrailerMatch actBefore = actBefore(i);
            Trailer before = actBefore == null ? null : actBefore.kind();
            if (before == Trailer.OTHER && (trailer == null || trailer.kind() == Trailer.OTHER)) {
                ignored.add(new Ignored(i, referenceEnd, s.substring(i, referenceEnd),
                        "a provision of " + actBefore.phrase() + ", not of FOI law"));
                return referenceEnd;
            }
            if (trailer != null && (trailer.kind() == Trailer.OTHER || trailer.kind() == Trailer.DOCUMENT)) {
                ignored.add(new Ignored(i, referenceEnd, s.substring(i, referenceEnd),
                        trailer.kind() == Trailer.OTHER ? "a provision of " + trailer.phrase() + ", not of FOI law"
                                : "a section of " + trailer.phrase() + ", not of FOI law"));
                return referenceEnd;
            }
            Trailer named = trailer != null ? trailer.kind() : before;
            if (named == Trailer.FEES || named == Trailer.SCOTTISH_FEES
                    || named == null && start.explicit() == null && family == Family.REGULATION && fees != null
                    && !context.isEnvironmental()) {
                Instrument instrument = named == null ? fees
                        : feesMeant(trailer != null ? trailer.phrase() : actBefore.phrase(), context);
                items.forEach(item -> relate(item, instrument));
                return referenceEnd;
            }
            Regime explicit = start.explicit() != null ? start.explicit() : named == null ? null : explicitRegime(named);
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                if (k == 0 && start.explicitStart() >= 0) {
                    item = new Item(start.explicitStart(), item.end(), item.number(), item.leaves(), item.warnings(),
                            item.family(), item.unreadable());
                }
                emit(item, explicit);
            }
            return referenceEnd;
        }

        /**
         * Where a reference may start at i: a prefix word ("Section", "Regs."), a regime's name ("EIR 12(4)(b)"),
         * "the exemptions in" before a bare number, a line of a list of provisions, or (for citation text) any number.
         */
        private Start start(int i) {
            int[] prefixEnd = new int[1];
            boolean[] plural = new boolean[1];
            Family family = prefix(i, prefixEnd, plural);
            int[] leadingStart = {-1};
            Regime leading = leadingRegime(i, leadingStart);
            if (family != null) {
                return new Start(family, skipSpaces(prefixEnd[0]), plural[0], leading,
                        leading != null ? leadingStart[0] : -1);
            }
            if (!isDigit(i)) {
                return null;
            }
            if (leading != null) {
                return new Start(Family.NONE, i, false, leading, leadingStart[0]);
            }
            Optional<Regime> listed = listItems.get(i);
            if (listed != null) {
                return new Start(Family.NONE, i, false, listed.orElse(null), -1);
            }
            Boolean exemptionsIn = exemptionsIn(i);
            if (exemptionsIn != null) {
                return new Start(Family.NONE, i, exemptionsIn, null, -1);
            }
            if (mode == Mode.CITATION && !numberedThing(i)) {
                return new Start(Family.NONE, i, false, null, -1);
            }
            return null;
        }

        /** "the exemptions in 30(b)(i)", "the exception at 12(5)(e)": true if plural, null if not there. */
        private Boolean exemptionsIn(int i) {
            int j = skipBack(i);
            int k = j;
            while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
                k--;
            }
            String preposition = s.substring(k, j).toLowerCase(Locale.ROOT);
            if (!Set.of("in", "at", "under").contains(preposition)) {
                return null;
            }
            int m = skipBack(k);
            int l = m;
            while (l > 0 && Character.isLetter(s.charAt(l - 1))) {
                l--;
            }
            String word = s.substring(l, m).toLowerCase(Locale.ROOT);
            return switch (word) {
                case "exemption", "exception" -> Boolean.FALSE;
                case "exemptions", "exceptions" -> Boolean.TRUE;
                default -> null;
            };
        }

        /**
         * Finds lists of bare provision numbers, one per line, perhaps bulleted, that a letter introduces ("The
         * exemptions which apply are:") or closes ("of FOISA."); their numbers are citations although no prefix word
         * precedes them.
         */
        private void findLists() {
            List<int[]> lines = new ArrayList<>();
            int at = 0;
            while (at <= n) {
                int lineEnd = s.indexOf('\n', at);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                lines.add(new int[] {at, lineEnd});
                at = lineEnd + 1;
            }
            int k = 0;
            while (k < lines.size()) {
                int number = listNumber(lines.get(k));
                if (number < 0) {
                    k++;
                    continue;
                }
                List<Integer> numbers = new ArrayList<>();
                int first = k;
                while (k < lines.size() && (number = listNumber(lines.get(k))) >= 0) {
                    numbers.add(number);
                    k++;
                }
                Regime closing = null;
                boolean closed = false;
                if (k < lines.size()) {
                    int after = skipSpaces(lines.get(k)[0]);
                    TrailerMatch trailer = wordAt(after, "of") >= 0 ? trailer(after) : null;
                    if (trailer != null && trailer.kind() != Trailer.OTHER && trailer.kind() != Trailer.DOCUMENT) {
                        closed = true;
                        closing = explicitRegime(trailer.kind());
                    }
                }
                boolean introduced = first > 0 && introducesList(lines.get(first - 1));
                if (closed || introduced) {
                    for (int numberAt : numbers) {
                        listItems.put(numberAt, Optional.ofNullable(closing));
                    }
                }
            }
        }

        /** The position of the number a list line starts with ("- 30(b)(i)", "38(1)(b) Personal data"), or -1. */
        private int listNumber(int[] line) {
            int p = skipSpaces(line[0]);
            if (p < line[1] && BULLETS.indexOf(s.charAt(p)) >= 0 && p + 1 < n
                    && (s.charAt(p + 1) == ' ' || s.charAt(p + 1) == '\t')) {
                p = skipSpaces(p + 1);
            }
            if (!isDigit(p)) {
                return -1;
            }
            int q = p;
            while (q < line[1] && isDigit(q)) {
                q++;
            }
            if (q - p > 2 || q < line[1] && s.charAt(q) == '.') {
                return -1; // "1. Details of...", a year, a sum
            }
            return p;
        }

        /** A line ending with a colon that speaks of exemptions, sections or regulations. */
        private boolean introducesList(int[] line) {
            String text = s.substring(line[0], line[1]).trim();
            if (!text.endsWith(":")) {
                return false;
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (LIST_WORDS.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Records a regulation of the Fees Regulations. */
        private void relate(Item item, Instrument instrument) {
            if (item.unreadable()) {
                return;
            }
            if (Integer.parseInt(item.number().replaceAll("[^0-9]", "")) > instrument.highest
                    || !item.number().chars().allMatch(Character::isDigit)) {
                problems.add(new Problem(item.start(), item.end(), s.substring(item.start(), item.end()),
                        instrument.title() + " have no regulation " + item.number()));
                return;
            }
            List<List<String>> paths = item.leaves().isEmpty() ? List.of(List.of()) : item.leaves();
            for (List<String> path : paths) {
                related.add(new Related(item.start(), item.end(), s.substring(item.start(), item.end()), instrument,
                        item.number(), path));
            }
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
                case EIR_ABBREVIATION, REGULATIONS -> regulationsOf(context);
                case FOISA -> Regime.FOISA;
                case EISR -> Regime.EISR;
                case ACT -> actOf(context);
                default -> null;
            };
        }

        /**
         * Reads a prefix word at i, returning its family and setting end (and plural, if given, for "Sections",
         * "Regs", "ss" that announce a list); null if none.
         */
        private Family prefix(int i, int[] end, boolean[] plural) {
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
            boolean bracketed = k > j && k < n && s.charAt(k) == '(' && isDigit(skipSpaces(k + 1));
            if (!isDigit(k) && !bracketed) {
                return null;
            }
            if (plural != null) {
                plural[0] = Set.of("sections", "ss", "secs", "regulations", "regs", "exceptions").contains(word);
            }
            if (k == j && !(word.length() <= 3)) {
                return null; // "Section31" is not written; "s31" and "reg13" are
            }
            end[0] = j;
            return family;
        }

        private Item item(int p, int start, Family family, boolean prefixed) {
            return item(p, start, family, prefixed, null);
        }

        /**
         * Reads one number and its brackets at p; start is where the item's text starts (prefix included). With
         * {@code inherited}, p is at a bracket group that continues that number after a description, as the (5A) in
         * "38(1)(b), (5) (definitions) and (5A)".
         */
        private Item item(int p, int start, Family family, boolean prefixed, String inherited) {
            List<String> warnings = new ArrayList<>();
            String number;
            int j;
            if (inherited != null) {
                number = inherited;
                j = p;
            } else if (prefixed && p < n && s.charAt(p) == '(') {
                int d = skipSpaces(p + 1);
                int e = d;
                while (e < n && isDigit(e) && e - d < 3) {
                    e++;
                }
                int close = skipSpaces(e);
                if (e == d || close >= n || s.charAt(close) != ')' || s.charAt(d) == '0') {
                    return null;
                }
                number = s.substring(d, e);
                j = close + 1;
                warnings.add("the section number is written in brackets: read '(" + number + ")' as " + number);
            } else {
                if (!isDigit(p) || !boundaryBefore(p) && !prefixed) {
                    return null;
                }
                j = p;
                while (j < n && isDigit(j)) {
                    j++;
                }
                if (j - p > 3 || s.charAt(p) == '0') {
                    return null;
                }
                if (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z'
                        && !(j + 1 < n && Character.isLetter(s.charAt(j + 1)))) {
                    j++;
                }
                if (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' && isDigit(j + 1)
                        || s.charAt(j) == ':' && isDigit(j + 1) || s.charAt(j) == '%'
                        || s.charAt(j) == '/' && isDigit(j + 1))) {
                    return null; // 12th, 3.5, 10:30, 50%, 1/2
                }
                number = s.substring(p, j);
            }
            Paths paths = new Paths();
            int end = j;
            boolean any = false;
            int loose = skipSpaces(j);
            if (prefixed && inherited == null && loose > j && isDigit(loose) && loose + 1 < n
                    && (s.charAt(loose + 1) == '(' || Character.isUpperCase(s.charAt(loose + 1)) && loose + 2 < n
                    && s.charAt(loose + 2) == '(')) {
                String sub = s.substring(loose, s.charAt(loose + 1) == '(' ? loose + 1 : loose + 2);
                if (!sub.equals("0")) {
                    paths.add(sub);
                    any = true;
                    end = loose + sub.length();
                    warnings.add("read '" + number + " " + sub + "' as " + number + "(" + sub + "): the subsection's"
                            + " brackets are missing");
                }
            }
            while (true) {
                int q = skipSpaces(end);
                int joined = -1;
                boolean range = false;
                if (any) {
                    int[] kind = new int[1];
                    joined = innerJoiner(q, kind);
                    range = kind[0] == 1;
                }
                int open = joined >= 0 ? skipSpaces(joined) : nextLineGroup(q);
                boolean openMissing = false;
                if (open >= n || s.charAt(open) != '(') {
                    if (any && joined < 0 && open == end && missingOpen(open)) {
                        openMissing = true;
                    } else {
                        break;
                    }
                }
                int t = openMissing ? open : skipBlank(open + 1);
                int tokenEnd = t;
                while (tokenEnd < n && Character.isLetterOrDigit(s.charAt(tokenEnd)) && tokenEnd - t < 8) {
                    tokenEnd++;
                }
                String token = s.substring(t, tokenEnd);
                int close = skipBlank(tokenEnd);
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
                if (openMissing) {
                    warnings.add("missing '(' before '" + token + ")' at position " + t + ": read as (" + token + ")");
                } else if (!closed) {
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
            if (inherited != null && !any) {
                return null;
            }
            if (!any && !prefixed && unitFollows(end)) {
                return null;
            }
            return new Item(start, end, number, paths.leaves(), warnings, family, false);
        }

        /** At q a line break followed by a bracket group, as a reference broken across lines: where it opens. */
        private int nextLineGroup(int q) {
            if (q >= n || s.charAt(q) != '\n' && s.charAt(q) != '\r') {
                return q;
            }
            int r = skipSpaces(q + (s.startsWith("\r\n", q) ? 2 : 1));
            return r < n && s.charAt(r) == '(' && groupAt(r) ? r : q;
        }

        /** A whole bracket group such as (e) or (5A) at r. */
        private boolean groupAt(int r) {
            int t = skipSpaces(r + 1);
            int e = t;
            while (e < n && Character.isLetterOrDigit(s.charAt(e)) && e - t < 5) {
                e++;
            }
            return e > t && LEVEL.matcher(s.substring(t, e)).matches() && e < n && s.charAt(e) == ')';
        }

        /** "10(4)e)": a paragraph whose opening bracket is missing, directly after a group. */
        private boolean missingOpen(int q) {
            if (q == 0 || s.charAt(q - 1) != ')' || q >= n || !Character.isLowerCase(s.charAt(q))) {
                return false;
            }
            int e = q;
            while (e < n && Character.isLowerCase(s.charAt(e)) && e - q < 4) {
                e++;
            }
            return e < n && s.charAt(e) == ')' && LEVEL.matcher(s.substring(q, e)).matches();
        }

        /** Skips spaces and at most one line break, as inside a bracket group broken across lines. */
        private int skipBlank(int i) {
            int j = skipSpaces(i);
            if (j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
                j = skipSpaces(j + (s.startsWith("\r\n", j) ? 2 : 1));
            }
            return j;
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

        /**
         * After an item, a joiner followed by another number (perhaps with a prefix), or by a bracket group that
         * continues the same number after a description; returns where it starts. A list announced by a plural prefix
         * may also run on past descriptions ("23(5) (security bodies), 24(2) (national security)", "30(3) criminal
         * investigations, 31(1)") and semicolons, as the "relevant statutory provisions" of a decision do.
         */
        private int continuation(int end, boolean plural) {
            int next = joined(end, plural);
            if (next < 0) {
                int described = skipDescriptions(end);
                boolean titled = false;
                if (described == end && plural) {
                    described = skipTitle(end);
                    titled = described > end;
                }
                if (described > end) {
                    next = joined(described, plural);
                }
                if (titled && next >= 0 && s.charAt(skipBlank(described)) == ',' && !groupFollows(next)) {
                    return -1; // "sections 12 and 16 apply to this request, 2 of which": prose, not a title
                }
            }
            return next;
        }

        private int joined(int end, boolean plural) {
            int q = skipBlank(end);
            int after = -1;
            char c = q < n ? s.charAt(q) : 0;
            if (c == ',' || c == '&' || c == '/' || plural && (c == ';' || c == ':')) {
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
            int next = skipBlank(after);
            if (c == ':' && !(isDigit(next) && groupFollows(next))) {
                return -1;
            }
            if (isDigit(next)) {
                return next;
            }
            if (next < n && s.charAt(next) == '(' && groupAt(next) && c != ':') {
                return next;
            }
            int[] prefixEnd = new int[1];
            return prefix(next, prefixEnd, null) != null ? next : -1;
        }

        /** A number at p directly followed by a bracket group. */
        private boolean groupFollows(int p) {
            int q = p;
            while (q < n && isDigit(q)) {
                q++;
            }
            return q < n && s.charAt(q) == '(';
        }

        /**
         * Skips descriptions in brackets after a provision: "(Law Enforcement)", "(on the basis that ..., was
         * publicly available)"; returns where they end, or end if there are none.
         */
        private int skipDescriptions(int end) {
            int at = end;
            while (true) {
                int q = skipBlank(at);
                if (q >= n || s.charAt(q) != '(' || groupAt(q)) {
                    return at;
                }
                int depth = 0;
                int r = q;
                boolean words = false;
                for (; r < n && r - q < 300; r++) {
                    char c = s.charAt(r);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    } else if (Character.isLetter(c) && depth == 1) {
                        words = true;
                    } else if (c == '\n' && r + 1 < n && s.charAt(r + 1) == '\n') {
                        return at;
                    }
                }
                if (r >= n || depth != 0 || !words) {
                    return at;
                }
                at = r + 1;
            }
        }

        /**
         * Skips a short title written without brackets before the list goes on: "General entitlement;",
         * "criminal investigations, 31(1)", "advice and assistance; 10(1)". Stops before a joiner followed by a number
         * and gives up at an enactment's name ("of FOISA"), which is the list's trailer, not a title.
         */
        private int skipTitle(int end) {
            int q = skipSpaces(end);
            int words = 0;
            int r = q;
            while (r < n && words < 8) {
                int w = r;
                while (w < n && (Character.isLetter(s.charAt(w)) || s.charAt(w) == '-' || s.charAt(w) == '\'')) {
                    w++;
                }
                if (w == r) {
                    break;
                }
                String word = s.substring(r, w).toLowerCase(Locale.ROOT);
                int following = skipSpaces(w);
                if ((word.equals("and") || word.equals("or")) && words > 0
                        && (isDigit(following) || following < n && s.charAt(following) == '(')) {
                    return r;
                }
                if (word.equals("of") && trailer(r) != null) {
                    return end;
                }
                words++;
                r = following;
            }
            return words > 0 && r < n && (s.charAt(r) == ',' || s.charAt(r) == ';') ? r : end;
        }

        /** Reads "of the Act", "of FOIA", "of the Data Protection Act 2018", "of this letter" after a reference. */
        private TrailerMatch trailer(int end) {
            int q = skipSpaces(end);
            if (q < n && s.charAt(q) == ',') {
                q = skipSpaces(q + 1);
            }
            int of = wordAt(q, "of");
            if (of < 0) {
                return abbreviationAfter(q);
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
            while (w < n && words.size() < 14) {
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
                String bare = word.startsWith("(") ? word.substring(1) : word;
                boolean name = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) || year
                        || word.equals("act") || word.equals("regulations")
                        || !words.isEmpty() && (word.equals("of") || word.equals("and") || word.equals("for"));
                if (!name) {
                    break;
                }
                words.add(word);
                ends.add(wordEnd);
                w = skipSpaces(wordEnd);
                if (year && words.size() == 1 && wordAt(w, "Act") >= 0) {
                    words.add("Act"); // "the 2000 Act"
                    ends.add(w + 3);
                    break;
                }
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

        /** "35(1)(a) FOIA", "12(4)(b) EIR", "s.10 DPA 1998": an enactment's abbreviation written without "of". */
        private TrailerMatch abbreviationAfter(int q) {
            int w = q;
            while (w < n && (Character.isUpperCase(s.charAt(w)) || s.charAt(w) == '(' || s.charAt(w) == ')')
                    && w - q < 8) {
                w++;
            }
            if (w == q || w < n && Character.isLetterOrDigit(s.charAt(w))) {
                return null;
            }
            String word = s.substring(q, w);
            if (!Set.of("FOIA", "EIR", "EIRs", "FOISA", "EISR", "DPA", "GDPR", "PACE", "RIPA").contains(word)) {
                return null;
            }
            int end = w;
            int year = skipSpaces(w);
            if (year + 4 <= n && s.substring(year, year + 4).matches("(19|20)\\d\\d")
                    && !(year + 4 < n && Character.isLetterOrDigit(s.charAt(year + 4)))) {
                end = year + 4;
            }
            Trailer kind = classify(word);
            return kind == null ? null : new TrailerMatch(kind, end, s.substring(q, end));
        }

        /**
         * The enactment named just before a reference, if any, with what it is: "Data Protection Act 2018, section
         * 34" (another Act), "The Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations 2(1)".
         */
        private TrailerMatch actBefore(int i) {
            int from = Math.max(0, i - 80);
            Matcher m = OTHER_ACT_BEFORE.matcher(s.substring(from, i));
            if (!m.find()) {
                return null;
            }
            String name = m.group(1).trim();
            Trailer kind = classify(name);
            return kind == null ? null : new TrailerMatch(kind, i, name);
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
                String shape = shapeWarning(regime, number, path);
                if (shape != null) {
                    own.add(shape);
                }
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

    /** FOISA sections whose provisions are lettered paragraphs directly: s26 (a)-(c), s30 (a)-(c), s41 (a)-(b). */
    private static final Set<String> FOISA_LETTERED = Set.of("26", "30", "41");

    /**
     * A provision that cannot exist in the regime it was read under, such as "FOIA s30(b)(ii)": every section of FOIA
     * Parts I and II (ss1-44) is divided into numbered subsections first, while FOISA ss26, 30 and 41 are divided
     * into lettered paragraphs. Said as a warning, naming the other Act where the shape fits it, never passed
     * silently.
     */
    private static String shapeWarning(Regime regime, String number, List<String> path) {
        if (path.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
            return null;
        }
        boolean lettered = !Character.isDigit(path.get(0).charAt(0));
        String shown = new Citation(regime, number, path).toString();
        if (regime == Regime.FOIA && lettered && Integer.parseInt(number) <= 44) {
            return shown + " cannot exist: FOIA s" + number + " is divided into numbered subsections, as s" + number
                    + "(1)" + (FOISA_LETTERED.contains(number) ? "; FOISA s" + number + " has paragraphs such as ("
                    + path.get(0) + "): is the text under FOISA?" : "");
        }
        if (regime == Regime.FOISA && !lettered && FOISA_LETTERED.contains(number)) {
            return shown + " cannot exist: FOISA s" + number + " is divided into lettered paragraphs, as s" + number
                    + "(a); FOIA s" + number + " has subsections such as (" + path.get(0) + "): is the text under FOIA?";
        }
        return null;
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
        switch (p) {
            case "2000 act", "the 2000 act" -> {
                return Trailer.FOIA;
            }
            case "2002 act", "the 2002 act" -> {
                return Trailer.FOISA;
            }
            default -> {
            }
        }
        p = p.replaceAll(" (19|20)\\d\\d$", "").replaceAll("^the ", "");
        if (p.contains("appropriate limit and fees") || p.equals("fees regulations")) {
            return Trailer.FEES;
        }
        if (p.contains("fees for required disclosure")) {
            return Trailer.SCOTTISH_FEES;
        }
        return switch (p) {
            case "act" -> Trailer.ACT;
            case "regulations", "regs" -> Trailer.REGULATIONS;
            case "foia", "foi act", "freedom of information act", "foi", "foia act" -> Trailer.FOIA;
            case "eir", "eirs" -> Trailer.EIR_ABBREVIATION;
            case "environmental information regulations", "eir regulations" -> Trailer.EIR;
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
