package uk.foi.letters;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Mustache templates an authority's letters use, in one language, with the phrases {@link LetterWriter} composes
 * ({@code phrases.properties}). The bundled set is English and follows the seed letters; an authority can replace
 * any template or partial by name ({@code heading} for its letterhead and the address block, {@code asked} for the
 * request as asked, {@code signature}, {@code reuse} for its re-use notice, {@code complaint-rights}, {@code annex},
 * {@code style} for the HTML's house style) and keeps the bundled one for the rest. A set in another language, such as the Welsh set a Welsh authority
 * needs (Welsh Language Standards, Welsh Language (Wales) Measure 2011), gives every file itself
 * ({@link #inLanguage}): it never falls back to an English sentence. Templates are logic-less: every decision is
 * made in {@link LetterWriter}, the templates only lay it out. Thread-safe; compiled templates are cached.
 */
public final class LetterTemplates {

    private static final String BUNDLED = "/uk/foi/letters/templates/";

    /** The partials the letters include, each in HTML and text, besides {@code style} (HTML only). */
    static final List<String> PARTIALS = List.of("heading", "asked", "signature", "reuse", "complaint-rights",
            "annex", "reasons");

    /** Every template file a set has, besides {@code phrases.properties}. */
    private static final List<String> FILES = listFiles();
    /** Every file a set may give. */
    private static final List<String> FILE_NAMES = java.util.stream.Stream.concat(FILES.stream(),
            java.util.stream.Stream.of("phrases.properties")).toList();
    /** The bundled English phrases, read once: every English set starts from them. */
    private static final String BUNDLED_PHRASES = bundledSource("phrases.properties");
    private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile(
            "\\{\\{>\\s*([^}\\s]+)\\s*}}");
    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
            "Section missing close tag '(.+)' @ line (\\d+)");

    private final Function<String, Optional<String>> overrides;
    private final boolean fallBack;
    private final Phrases phrases;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Mustache.Compiler html;
    private final Mustache.Compiler text;

    private LetterTemplates(Function<String, Optional<String>> overrides, boolean fallBack, Locale language) {
        this.overrides = overrides;
        this.fallBack = fallBack;
        // An English set's own phrases.properties need give only the phrases it changes: later keys win
        this.phrases = Phrases.parse(fallBack ? BUNDLED_PHRASES + "\n"
                + overrides.apply("phrases.properties").orElse("") : source("phrases.properties"), language);
        this.html = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(source(name + ".html")));
        this.text = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(source(name + ".txt")));
    }

    /** @return the bundled templates */
    public static LetterTemplates bundled() {
        return new LetterTemplates(name -> Optional.empty(), true, Locale.UK);
    }

    /**
     * @param overrides the authority's own template source by file name ({@code response.html},
     *                  {@code complaint-rights.txt}); empty where the bundled one should be used
     * @return templates that prefer the authority's own
     */
    public static LetterTemplates overriding(Function<String, Optional<String>> overrides) {
        return new LetterTemplates(Objects.requireNonNull(overrides, "overrides"), true, Locale.UK);
    }

    /**
     * A complete set in another language: every template and partial of the bundled set, and every phrase.
     *
     * @param language the language, which also names the days and months in dates ({@code cy} for Welsh)
     * @param set      each file's source by name ({@code response.html}, {@code phrases.properties})
     * @return the set
     * @throws IllegalArgumentException naming every file or phrase the set lacks, if it is incomplete
     */
    public static LetterTemplates inLanguage(Locale language, Function<String, Optional<String>> set) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(set, "set");
        List<String> missing = new ArrayList<>(FILES.stream().filter(f -> set.apply(f).isEmpty()).toList());
        if (set.apply("phrases.properties").isEmpty()) {
            missing.add("phrases.properties");
        } else {
            Set<String> have = Phrases.read(set.apply("phrases.properties").orElseThrow()).keySet();
            Phrases.read(BUNDLED_PHRASES).keySet().stream().filter(k -> !have.contains(k)).forEach(k -> missing.add(
                    "phrases.properties: " + k));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the " + language.getDisplayLanguage(Locale.UK)
                    + " letter templates are incomplete; they lack " + String.join(", ", missing));
        }
        return new LetterTemplates(set, false, language);
    }

    /** @return every template file a set has, besides {@code phrases.properties} */
    static List<String> files() {
        return FILES;
    }

    private static List<String> listFiles() {
        List<String> files = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            files.add(kind.template() + ".html");
            files.add(kind.template() + ".txt");
        }
        for (String partial : PARTIALS) {
            files.add(partial + ".html");
            files.add(partial + ".txt");
        }
        files.add("style.html");
        return List.copyOf(files);
    }

    /** @return the name of every file a set may give: each template and partial, and {@code phrases.properties} */
    public static List<String> fileNames() {
        return FILE_NAMES;
    }

    /**
     * Checks one file of an authority's own set before it is kept, so that no letter fails later: it must be a file
     * the letters use; a template must parse as Mustache and include only partials a set has; phrases must be ones
     * the letters use, each with only the placeholders its English phrase has.
     *
     * @param file   its name ({@code heading.txt}, {@code phrases.properties})
     * @param source its text
     * @throws IllegalArgumentException saying what is wrong, and where
     */
    public static void checkFile(String file, String source) {
        Objects.requireNonNull(source, "source");
        if (!FILE_NAMES.contains(file)) {
            throw new IllegalArgumentException("no letter template '" + file + "': one of "
                    + String.join(", ", FILE_NAMES));
        }
        if (file.equals("phrases.properties")) {
            Phrases bundled = Phrases.parse(BUNDLED_PHRASES, Locale.UK);
            Map<String, String> own = Phrases.read(source);
            for (Map.Entry<String, String> phrase : own.entrySet()) {
                String key = phrase.getKey();
                if (!bundled.keys().contains(key)) {
                    throw new IllegalArgumentException("phrases.properties: the letters use no phrase '" + key + "'");
                }
                Set<String> allowed = bundled.placeholders(key);
                Phrases.placeholdersIn(phrase.getValue()).stream().filter(p -> !allowed.contains(p)).findFirst()
                        .ifPresent(p -> {
                    throw new IllegalArgumentException("phrases.properties: '" + key + "' cannot use {" + p
                            + "}; it may use " + (allowed.isEmpty() ? "none" : "{" + String.join("}, {", allowed)
                            + "}"));
                        });
            }
            try {
                Phrases.parse(BUNDLED_PHRASES + "\n" + source, Locale.UK);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("phrases.properties: " + e.getMessage(), e);
            }
            return;
        }
        try {
            Mustache.compiler().compile(source);
        } catch (com.samskivert.mustache.MustacheException e) {
            throw new IllegalArgumentException(file + ": " + plain(e.getMessage()), e);
        }
        java.util.regex.Matcher partial = PARTIAL.matcher(source);
        while (partial.find()) {
            String name = partial.group(1);
            if (!PARTIALS.contains(name) && !name.equals("style")) {
                throw new IllegalArgumentException(file + ": there is no partial '" + name + "'; the partials are "
                        + String.join(", ", PARTIALS) + " and style");
            }
        }
    }

    /** JMustache's commonest complaint in words an editor of a letter can act on; any other as it is. */
    private static String plain(String message) {
        java.util.regex.Matcher m = UNCLOSED.matcher(message == null ? "" : message);
        return m.find() ? "line " + m.group(2) + ": {{#" + m.group(1) + "}} (or {{^" + m.group(1) + "}}) is opened"
                + " but never closed with {{/" + m.group(1) + "}}" : message;
    }

    /** @return the phrases the letters compose, in the set's language */
    Phrases phrases() {
        return phrases;
    }

    /** @return the language the letters are written in */
    public Locale language() {
        return phrases.language();
    }

    /**
     * @param kind  the letter
     * @param model what it says
     * @return the letter in HTML and text
     */
    Letter render(LetterKind kind, Map<String, Object> model) {
        Map<String, Object> flagged = withPresenceFlags(model);
        return new Letter(kind, template(kind.template() + ".html", html).execute(flagged),
                template(kind.template() + ".txt", text).execute(flagged));
    }

    /**
     * Adds {@code has_x} beside every list {@code x}, so that a template can wrap a list (a heading, a {@code <ul>})
     * only when it has items; Mustache has no other way to ask.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withPresenceFlags(Map<String, Object> model) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        model.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                out.put(key, withPresenceFlags((Map<String, Object>) nested));
            } else if (value instanceof java.util.List<?> list) {
                out.put(key, list.stream().map(item -> item instanceof Map<?, ?> m
                        ? withPresenceFlags((Map<String, Object>) m) : item).toList());
                out.put("has_" + key, !list.isEmpty());
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private Template template(String file, Mustache.Compiler compiler) {
        return compiled.computeIfAbsent(file, f -> compiler.compile(source(f)));
    }

    private String source(String file) {
        Optional<String> own = overrides.apply(file);
        if (own.isPresent()) {
            return own.get();
        }
        if (!fallBack) {
            throw new IllegalArgumentException("no letter template " + file);
        }
        return bundledSource(file);
    }

    /**
     * @param file one of {@link #fileNames()}
     * @return the bundled English file of that name, as an authority's own replaces it
     * @throws IllegalArgumentException if there is none
     */
    public static String bundledFile(String file) {
        return bundledSource(file);
    }

    private static String bundledSource(String file) {
        try (InputStream in = LetterTemplates.class.getResourceAsStream(BUNDLED + file
                + (file.endsWith(".properties") ? "" : ".mustache"))) {
            if (in == null) {
                throw new IllegalArgumentException("no letter template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
