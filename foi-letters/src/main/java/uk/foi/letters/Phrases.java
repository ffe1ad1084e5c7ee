package uk.foi.letters;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foi.deadlines.Regime;

/**
 * The sentences {@link LetterWriter} composes, in one language: a template set's {@code phrases.properties}, with
 * {@code {name}} placeholders. The letters' Mustache templates hold the fixed wording; these hold the wording whose
 * choice depends on the request (an outcome, a regime, a kind of provision), so a set in another language translates
 * both and no English sentence reaches its letters. Immutable.
 */
final class Phrases {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> text;
    private final DateTimeFormatter day;
    private final Locale language;

    private Phrases(Map<String, String> text, Locale language) {
        this.text = text;
        this.language = language;
        this.day = DateTimeFormatter.ofPattern(get("date.pattern"), language);
    }

    /**
     * @param source   a {@code phrases.properties} file's text
     * @param language the language it is in, which also names the days and months of the dates
     * @return its phrases
     */
    static Phrases parse(String source, Locale language) {
        return new Phrases(read(source), language);
    }

    /**
     * @param source a {@code phrases.properties} file's text
     * @return its phrases by key
     * @throws IllegalArgumentException if it cannot be read
     */
    static Map<String, String> read(String source) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phrases.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> text = new TreeMap<>();
        p.stringPropertyNames().forEach(key -> text.put(key, p.getProperty(key)));
        return Map.copyOf(text);
    }

    /** @return the keys it gives */
    Set<String> keys() {
        return text.keySet();
    }

    /**
     * @param key a phrase it gives
     * @return the names of the placeholders the phrase uses
     */
    Set<String> placeholders(String key) {
        return placeholdersIn(text.getOrDefault(key, ""));
    }

    /**
     * @param phrase a phrase's text
     * @return the names of the placeholders it uses
     */
    static Set<String> placeholdersIn(String phrase) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(phrase);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** @return the language */
    Locale language() {
        return language;
    }

    /**
     * @param key            the phrase
     * @param namesAndValues placeholder names, each followed by its value
     * @return the phrase, filled in
     * @throws IllegalStateException if the set has no such phrase or a placeholder is left unfilled
     */
    String get(String key, Object... namesAndValues) {
        String phrase = text.get(key);
        if (phrase == null) {
            throw new IllegalStateException("the " + language.getDisplayLanguage(Locale.UK)
                    + " letter phrases have no '" + key + "'");
        }
        Map<String, Object> values = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("phrase '" + key + "' needs {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        return m.appendTail(out).toString();
    }

    /**
     * @param key   the phrase
     * @param value an enum constant: the phrase is {@code key.CONSTANT}
     * @param namesAndValues placeholders
     * @return the phrase
     */
    String get(String key, Enum<?> value, Object... namesAndValues) {
        return get(key + "." + value.name(), namesAndValues);
    }

    /**
     * @param key    the phrase
     * @param value  an enum constant
     * @param regime the law the sentence is written under
     * @param namesAndValues placeholders
     * @return {@code key.CONSTANT.REGIME} if the set has it (the law words it its own way), else
     *         {@code key.CONSTANT}
     */
    String under(String key, Enum<?> value, Regime regime, Object... namesAndValues) {
        String own = key + "." + value.name() + "." + regime.name();
        return text.containsKey(own) ? get(own, namesAndValues) : get(key, value, namesAndValues);
    }

    /** @return the date as the letters write it ("Thursday 26 November 2026") */
    String day(LocalDate date) {
        return day.format(date);
    }

    /**
     * A length of time in words, as letters write it: "six weeks", "six months", "one month and two days". An
     * authority's window to complain to the Commissioner may be any positive period (foi-api takes ISO 8601).
     *
     * @param period a positive period
     * @return the words
     */
    String period(java.time.Period period) {
        List<String> parts = new java.util.ArrayList<>();
        long months = period.toTotalMonths();
        int days = period.getDays();
        if (months > 0) {
            parts.add(unit("month", months));
        }
        if (days > 0) {
            parts.add(days % 7 == 0 ? unit("week", days / 7) : unit("day", days));
        }
        return String.join(get("and"), parts);
    }

    /** "one month", "six months". */
    private String unit(String name, long n) {
        return get("period." + name + (n == 1 ? "" : "s"), "count", count(n));
    }

    private String count(long n) {
        List<String> words = List.of(get("numbers").split(","));
        return n >= 1 && n <= words.size() ? words.get((int) n - 1).strip() : Long.toString(n);
    }
}
