package uk.foi.letters;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Mustache templates an authority's letters use. The bundled set follows the seed letters; an authority can
 * replace any template or partial ({@code complaint-rights}, {@code annex}, {@code style} for the HTML's house style)
 * by name, for example to use its own wording or house style, and keeps the bundled one for the rest. Templates are logic-less: every decision is made in
 * {@link LetterWriter}, the templates only lay it out. Thread-safe; compiled templates are cached.
 */
public final class LetterTemplates {

    private static final String BUNDLED = "/uk/foi/letters/templates/";

    private final Function<String, Optional<String>> overrides;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Mustache.Compiler html;
    private final Mustache.Compiler text;

    private LetterTemplates(Function<String, Optional<String>> overrides) {
        this.overrides = overrides;
        this.html = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(source(name + ".html")));
        this.text = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(source(name + ".txt")));
    }

    /** @return the bundled templates */
    public static LetterTemplates bundled() {
        return new LetterTemplates(name -> Optional.empty());
    }

    /**
     * @param overrides the authority's own template source by file name ({@code response.html},
     *                  {@code complaint-rights.txt}); empty where the bundled one should be used
     * @return templates that prefer the authority's own
     */
    public static LetterTemplates overriding(Function<String, Optional<String>> overrides) {
        return new LetterTemplates(Objects.requireNonNull(overrides, "overrides"));
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
        try (InputStream in = LetterTemplates.class.getResourceAsStream(BUNDLED + file + ".mustache")) {
            if (in == null) {
                throw new IllegalArgumentException("no letter template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
