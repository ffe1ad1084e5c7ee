package uk.foi.letters;

import java.util.Objects;

/**
 * A letter in both forms.
 *
 * @param kind the kind
 * @param html the HTML form, a complete document
 * @param text the plain-text form
 */
public record Letter(LetterKind kind, String html, String text) {

    /** @throws NullPointerException if a component is null */
    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
