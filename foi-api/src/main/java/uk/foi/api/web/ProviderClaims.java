package uk.foi.api.web;

import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.foi.api.application.Caller;
import uk.foi.api.application.Roles;

/**
 * How an identity provider's token says who the user is, mapped by configuration onto this service's roles and
 * authority: an organisation's directory has its own group names ("FOI-Caseworkers", an Entra ID app role
 * "FOI.Manager") and seldom an {@code authority} claim. The service's own tokens are not mapped.
 *
 * @param rolesClaim     the claim holding the user's groups or roles ({@code FOI_JWT_PROVIDER_ROLES_CLAIM},
 *                       {@code roles})
 * @param roleMap        the provider's value to this service's role ({@code FOI_JWT_PROVIDER_ROLE_MAP},
 *                       {@code FOI-Caseworkers=caseworker,...}); empty: the values are taken as they are, and only
 *                       those that are this service's roles count
 * @param authorityClaim the claim naming the user's authority ({@code FOI_JWT_PROVIDER_AUTHORITY_CLAIM},
 *                       {@code authority})
 * @param authority      the authority of every user whose token has no such claim, for a deployment serving one
 *                       authority ({@code FOI_JWT_PROVIDER_AUTHORITY}); empty: the claim is required
 */
public record ProviderClaims(String rolesClaim, Map<String, String> roleMap, String authorityClaim,
        Optional<String> authority) {

    /** This service's roles ({@link Roles}): no other value ever becomes a role. */
    static final Set<String> ROLES = Set.of(Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN);

    /**
     * Copies the map and checks it maps onto this service's roles only.
     *
     * @throws IllegalArgumentException if a value is not one of this service's roles
     */
    public ProviderClaims {
        roleMap = Map.copyOf(roleMap);
        roleMap.forEach((from, to) -> {
            if (!ROLES.contains(to)) {
                throw new IllegalArgumentException("FOI_JWT_PROVIDER_ROLE_MAP maps '" + from + "' to '" + to
                        + "', which is not a role of this service (" + String.join(", ", ROLES.stream().sorted()
                        .toList()) + ")");
            }
        });
    }

    /**
     * @param rolesClaim     the roles claim
     * @param roleMap        {@code provider=role} pairs, comma-separated; blank for none
     * @param authorityClaim the authority claim
     * @param authority      the fixed authority; blank for none
     * @return the mapping
     * @throws IllegalArgumentException if a pair is not {@code provider=role}, or maps to no role of this service
     */
    public static ProviderClaims parse(String rolesClaim, String roleMap, String authorityClaim, String authority) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : roleMap.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("FOI_JWT_PROVIDER_ROLE_MAP: '" + pair.trim() + "' is not"
                        + " provider-value=role");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new ProviderClaims(rolesClaim.trim(), map, authorityClaim.trim(),
                Optional.of(authority.trim()).filter(a -> !a.isEmpty()));
    }

    /**
     * The user a provider's token describes, in this service's terms.
     *
     * @param name   the token's subject
     * @param claims the token's claims
     * @return the authentication: the mapped roles, and the authority in the {@code authority} attribute (absent if
     *         the token names none and no fixed one is configured: {@link Caller#of} then refuses it with 403)
     */
    public Authentication map(String name, Map<String, Object> claims) {
        Map<String, Object> attributes = new HashMap<>(claims);
        attributes.remove("authority");
        Object named = claims.get(authorityClaim);
        if (named instanceof String s && !s.isBlank()) {
            attributes.put("authority", s);
        } else {
            authority.ifPresent(a -> attributes.put("authority", a));
        }
        List<String> roles = values(claims.get(rolesClaim)).stream()
                .map(v -> roleMap.isEmpty() ? v : roleMap.get(v))
                .filter(r -> r != null && ROLES.contains(r)).distinct().sorted().toList();
        attributes.put("roles", roles);
        return Authentication.build(name, roles, attributes);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String s) {
            // some providers give a space-separated list (as OAuth scopes are)
            return Arrays.stream(s.split(" ")).filter(v -> !v.isBlank()).collect(Collectors.toList());
        }
        return List.of();
    }
}
