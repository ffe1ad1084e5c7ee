package uk.foi.api.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the framework's JSON reader and argument binders say about a bad request into a sentence for a person,
 * with the field it is about. Their own messages name Java classes ("of type [class uk.foi...AssignBody]"), Jackson
 * tokens ("expected VALUE_STRING") and parser positions ("at [Source: REDACTED ..."), which mean nothing to a caller
 * and show how the service is built; the hardening issue's fuzz run found them in 4,431 of 10,875 error bodies.
 */
final class PlainMessages {

    /** A field and what is wrong with it. */
    record Said(String field, String message) {
    }

    private static final Pattern VALIDATION = Pattern.compile("^\\w+\\.body\\.([\\w.\\[\\]]+): (.*)$", Pattern.DOTALL);
    private static final Pattern VALIDATION_PARAMETER = Pattern.compile("^\\w+\\.(\\w+): (.*)$", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile(
            "Error decoding property \\[(\\S+?)(?:<[^\\]]*>)? (\\w+)\\]");
    private static final Pattern UNPARSED_TEXT = Pattern.compile("Text '([^']*)' could not be parsed");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)\\]");
    private static final Pattern ONE_OF = Pattern.compile("Expected one of \\[([^\\]]*)\\] but was '([^']*)'");
    private static final Pattern ARGUMENT = Pattern.compile(
            "Failed to convert argument \\[(\\w+)\\] for value \\[([^\\]]*)\\]");
    /** A Java class name, a Jackson token or parser position, an exception: nothing a caller should read. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*|\\[Source|\\b(VALUE|START|END)_[A-Z]+|FIELD_NAME"
                    + "|Exception|\\bclass \\[|`|(?i:jackson|serde|\\bsql\\b)");

    private PlainMessages() {
    }

    /**
     * @param field   the field the framework named ({@code body} or empty when it names none)
     * @param message what it said
     * @return a field (a JSON path or a parameter) and a sentence that names no internals
     */
    static Said of(String field, String message) {
        String text = message == null ? "" : message.strip();
        String known = field.equals("body") ? "" : field;
        Matcher validation = VALIDATION.matcher(text);
        if (validation.matches()) {
            return new Said(validation.group(1), validation.group(2));
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(text);
        if (unknown.find()) {
            return new Said(unknown.group(1), "is not a field of this request: remove it, or check its spelling");
        }
        Matcher property = PROPERTY.matcher(text);
        if (property.find()) {
            Matcher unparsed = UNPARSED_TEXT.matcher(text);
            String value = unparsed.find() ? " ('" + shorten(unparsed.group(1)) + "' is not)" : "";
            return new Said(known.isEmpty() ? property.group(2) : known, "must be " + describe(property.group(1))
                    + value + (text.contains("end-of-input") ? " (the JSON ends before the value does)" : ""));
        }
        Matcher oneOf = ONE_OF.matcher(text);
        if (oneOf.find()) {
            return new Said(known, "'" + shorten(oneOf.group(2)) + "' is not one of "
                    + oneOf.group(1).replace(", ", ", "));
        }
        Matcher argument = ARGUMENT.matcher(text);
        if (argument.find() && !argument.group(1).equals("body")) {
            return new Said(argument.group(1), "'" + shorten(argument.group(2))
                    + "' is not a value this parameter takes");
        }
        Matcher parameter = VALIDATION_PARAMETER.matcher(text);
        if (parameter.matches() && !INTERNALS.matcher(parameter.group(2)).find()) {
            return new Said(parameter.group(1), parameter.group(2));
        }
        if (text.contains("end-of-input")) {
            return new Said(known, "the body is not complete JSON: it ends before its last value or bracket");
        }
        if (text.startsWith("Invalid JSON") || text.contains("Unexpected character")
                || text.contains("Unexpected token") || text.contains("Unrecognized token")) {
            return new Said(known, "the body is not valid JSON, or a value has the wrong type (a text where a list"
                    + " or an object is expected, or the other way round)");
        }
        if (INTERNALS.matcher(text).find()) {
            return new Said(known, "this value cannot be read: check its type and format against the API's"
                    + " documentation");
        }
        return new Said(known, text);
    }

    private static String describe(String javaType) {
        String type = javaType.replaceAll(".*[.$]", "");
        return switch (type) {
            case "String" -> "a text";
            case "LocalDate" -> "a date, written YYYY-MM-DD";
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "List", "Set", "Collection" -> "a list";
            case "Map" -> "an object";
            default -> Character.isUpperCase(type.isEmpty() ? 'x' : type.charAt(0)) ? "one of the documented values"
                    : "a value of the documented type";
        };
    }

    private static String shorten(String value) {
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
