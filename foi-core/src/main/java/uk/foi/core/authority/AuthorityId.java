package uk.foi.core.authority;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An authority's identifier within one deployment: lower-case letters, digits and hyphens, 1 to 40 characters
 * ({@code met-police}). It appears in URLs, event sources and reference sequences, so it is kept plain.
 *
 * @param value the identifier; not null
 */
public record AuthorityId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if it is not 1 to 40 lower-case letters, digits or inner hyphens
     */
    public AuthorityId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an authority id is 1 to 40 lower-case letters, digits or inner"
                    + " hyphens, not '" + value + "'");
        }
    }

    /**
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is malformed
     */
    public static AuthorityId of(String value) {
        return new AuthorityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
