package uk.foi.exemptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * The exemption catalogue: every provision of FOIA, the EIR, FOISA and the EISR that a refusal may rely on, with
 * what relying on it requires. The facts live in a versioned resource file ({@code catalogue.txt} beside this class),
 * not in code, so a legal correction is a data change that tests check.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

    private static final Pattern STATUS = Pattern.compile("([a-z-]+)(?:\\s*\\((.+)\\))?");
    private static final Pattern HISTORICAL = Pattern.compile(
            "never|unknown|(\\d+)(?: or (\\d+) after death)?(?:\\s*\\((.+)\\))?");
    private static final Pattern ARCHIVES = Pattern.compile("([a-z-]+)(?:\\s*\\((.+)\\))?");
    private static final Set<String> FIELDS = Set.of("covers", "kind", "title", "status", "special", "test", "ncnd",
            "pit", "historical", "historical-verified", "archives", "requires", "summary", "verify");
    private static final Catalogue BUNDLED = readBundled();

    private final String version;
    private final List<Provision> provisions;

    private Catalogue(String version, List<Provision> provisions) {
        this.version = version;
        this.provisions = List.copyOf(provisions);
    }

    /** @return the catalogue shipped with this library */
    public static Catalogue bundled() {
        return BUNDLED;
    }

    /**
     * Reads a catalogue in the format of the bundled {@code catalogue.txt}.
     *
     * @param text   the catalogue; not null
     * @param origin where it came from, for messages
     * @return the catalogue
     * @throws CatalogueException naming the line, for any field that cannot be read or any duplicate key
     */
    public static Catalogue read(String text, String origin) {
        Objects.requireNonNull(text, "text");
        String version = null;
        List<Provision> provisions = new ArrayList<>();
        Map<String, String> fields = null;
        String key = null;
        int keyLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (key != null) {
                    provisions.add(provision(key, fields, origin, keyLine));
                }
                key = line.substring(1, line.length() - 1).strip();
                fields = new LinkedHashMap<>();
                keyLine = i + 1;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new CatalogueException(origin + " line " + (i + 1) + ": expected 'field: value' or '[key]'");
            }
            String field = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key == null) {
                if (!field.equals("version")) {
                    throw new CatalogueException(origin + " line " + (i + 1) + ": '" + field + "' before any [key]");
                }
                version = value;
            } else if (!FIELDS.contains(field)) {
                throw new CatalogueException(origin + " line " + (i + 1) + ": unknown field '" + field + "'");
            } else if (fields.put(field, value) != null) {
                throw new CatalogueException(origin + " line " + (i + 1) + ": '" + field + "' given twice");
            }
        }
        if (key != null) {
            provisions.add(provision(key, fields, origin, keyLine));
        }
        if (version == null) {
            throw new CatalogueException(origin + ": no 'version:' line");
        }
        Set<String> keys = new java.util.HashSet<>();
        Set<Citation> covered = new java.util.HashSet<>();
        for (Provision provision : provisions) {
            if (!keys.add(provision.key())) {
                throw new CatalogueException(origin + ": [" + provision.key() + "] appears twice");
            }
            for (Citation cover : provision.covers()) {
                if (!covered.add(cover)) {
                    throw new CatalogueException(origin + ": " + cover + " is covered twice");
                }
            }
        }
        return new Catalogue(version, provisions);
    }

    /** @return the catalogue's version, from its {@code version:} line */
    public String version() {
        return version;
    }

    /** @return every entry, in file order */
    public List<Provision> provisions() {
        return provisions;
    }

    /**
     * Finds the entry that answers for a citation: the most specific entry covering it ({@code FOIA s31(1)(g)} finds
     * s31), else the entry whose neither-confirm-nor-deny provision it is ({@code FOIA s40(5B)(a)(i)} finds
     * s40(3A)(a)).
     *
     * @param citation the citation; not null
     * @return the entry, or empty if the catalogue has none (for example {@code FOIA s17}, which only has entries
     *         beneath it: see {@link #under(Citation)})
     */
    public Optional<Provision> find(Citation citation) {
        Objects.requireNonNull(citation, "citation");
        Optional<Provision> covering = provisions.stream().filter(p -> p.covers(citation))
                .max(Comparator.comparingInt(p -> p.depthFor(citation)));
        if (covering.isPresent()) {
            return covering;
        }
        return provisions.stream().filter(p -> p.ncndCovers(citation))
                .max(Comparator.comparingInt(p -> p.ncnd().get().path().size()));
    }

    /**
     * The entry a citation is checked against: the one that {@link #find answers for} it, or, for a bare section
     * ("Section 30") whose entries beneath all behave alike (kind, status, harm test), the first of them. A bare
     * section whose entries differ (s40: s40(1) absolute, s40(2) depending on its condition) resolves to nothing,
     * since no one test applies to it. The section 17 check, foi-api's decisions and the letters all read a
     * provision's tests through this.
     *
     * @param citation the citation; not null
     * @return the entry, or empty
     */
    public Optional<Provision> resolve(Citation citation) {
        Optional<Provision> found = find(citation);
        if (found.isPresent()) {
            return found;
        }
        List<Provision> beneath = under(citation);
        return beneath.isEmpty() || beneath.stream().map(p -> List.of(p.kind(), p.status(), p.harmTest()))
                .distinct().count() > 1 ? Optional.empty() : Optional.of(beneath.get(0));
    }

    /**
     * @param citation a section or subsection; not null
     * @return the entries for provisions at or beneath it ({@code FOIA s37} gives the three s37 entries), in file
     *         order
     */
    public List<Provision> under(Citation citation) {
        Objects.requireNonNull(citation, "citation");
        return provisions.stream().filter(p -> p.covers().stream().anyMatch(citation::contains)).toList();
    }

    /**
     * @param citation the citation; not null
     * @return the entry that {@link #find(Citation) answers for} it if any, else every entry {@link #under(Citation)
     *         beneath} it
     */
    public List<Provision> lookUp(Citation citation) {
        return find(citation).map(List::of).orElseGet(() -> under(citation));
    }

    /**
     * @param regime a regime; not null
     * @return the entries of that regime
     */
    public List<Provision> of(Regime regime) {
        return provisions.stream().filter(p -> p.regime() == regime).toList();
    }

    private static Provision provision(String key, Map<String, String> fields, String origin, int line) {
        String where = origin + " [" + key + "] (line " + line + ")";
        try {
            List<Citation> covers = new ArrayList<>();
            for (String cover : fields.getOrDefault("covers", key).split(";")) {
                covers.add(Citation.parse(cover.strip()));
            }
            Provision.Kind kind = enumValue(Provision.Kind.class, fields.getOrDefault("kind",
                    covers.get(0).isRegulation() ? "exception" : "exemption"), where, "kind");
            Matcher status = matcher(STATUS, required(fields, "status", where), where, "status");
            Provision.Status statusValue = enumValue(Provision.Status.class, status.group(1), where, "status");
            Provision.HarmTest test = enumValue(Provision.HarmTest.class, required(fields, "test", where), where,
                    "test");
            String ncndText = fields.getOrDefault("ncnd", "none");
            Optional<Citation> ncnd = ncndText.equals("none") ? Optional.empty()
                    : Optional.of(Citation.parse(ncndText));
            boolean pit = fields.containsKey("pit") ? yesNo(fields.get("pit"), where, "pit")
                    : statusValue == Provision.Status.QUALIFIED || statusValue == Provision.Status.DEPENDS_ON_CONDITION;
            return new Provision(key, covers, kind, required(fields, "title", where), statusValue,
                    Objects.requireNonNullElse(status.group(2), ""), fields.getOrDefault("special", ""), test, ncnd,
                    pit, historical(fields, where), fields.getOrDefault("requires", ""),
                    required(fields, "summary", where), fields.getOrDefault("verify", ""));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": " + e.getMessage(), e);
        }
    }

    private static HistoricalRule historical(Map<String, String> fields, String where) {
        HistoricalRule.ArchiveEffect archives = HistoricalRule.ArchiveEffect.UNCHANGED;
        if (fields.containsKey("archives")) {
            archives = enumValue(HistoricalRule.ArchiveEffect.class,
                    matcher(ARCHIVES, fields.get("archives"), where, "archives").group(1), where, "archives");
        }
        boolean verified = !fields.containsKey("historical-verified")
                || yesNo(fields.get("historical-verified"), where, "historical-verified");
        Matcher m = matcher(HISTORICAL, fields.getOrDefault("historical", "never"), where, "historical");
        String text = m.group();
        if (text.equals("never")) {
            return new HistoricalRule(HistoricalRule.Kind.NEVER, 0, 0, "", verified, archives);
        }
        if (text.equals("unknown")) {
            return new HistoricalRule(HistoricalRule.Kind.UNKNOWN, 0, 0, "", false, archives);
        }
        int years = Integer.parseInt(m.group(1));
        String source = Objects.requireNonNullElse(m.group(3), "");
        return m.group(2) == null
                ? new HistoricalRule(HistoricalRule.Kind.AFTER_YEARS, years, 0, source, verified, archives)
                : new HistoricalRule(HistoricalRule.Kind.AFTER_YEARS_OR_DEATH, years, Integer.parseInt(m.group(2)),
                        source, verified, archives);
    }

    private static String required(Map<String, String> fields, String field, String where) {
        String value = fields.get(field);
        if (value == null || value.isEmpty()) {
            throw new CatalogueException(where + ": '" + field + "' is required");
        }
        return value;
    }

    private static Matcher matcher(Pattern pattern, String value, String where, String field) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            throw new CatalogueException(where + ": cannot read " + field + " '" + value + "'");
        }
        return m;
    }

    private static boolean yesNo(String value, String where, String field) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new CatalogueException(where + ": " + field + " must be yes or no, not '" + value + "'");
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": unknown " + field + " '" + value + "'", e);
        }
    }

    private static Catalogue readBundled() {
        try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.txt")) {
            if (in == null) {
                throw new CatalogueException("catalogue.txt is missing from the foi-exemptions jar");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "catalogue.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
