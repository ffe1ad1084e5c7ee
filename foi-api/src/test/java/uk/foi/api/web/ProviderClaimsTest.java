package uk.foi.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An identity provider's groups and authority, mapped by configuration onto the service's roles and authority. */
class ProviderClaimsTest {

    static final ProviderClaims ENTRA = ProviderClaims.parse("roles", "FOI.Caseworker=caseworker,"
            + " FOI.Manager=manager", "tid-authority", "");

    @Test
    void mappedValuesBecomeRolesAndOthersAreDropped() {
        Authentication a = ENTRA.map("jo@met.example", Map.of("roles", List.of("FOI.Manager", "FOI.Caseworker",
                "admin"), "tid-authority", "met-police"));

        assertThat(a.getName()).isEqualTo("jo@met.example");
        assertThat(a.getRoles()).as("the service's own name given by the provider is not a role when a map is set")
                .containsExactly("caseworker", "manager");
        assertThat(a.getAttributes()).containsEntry("authority", "met-police");
    }

    @Test
    void withoutAMapOnlyTheServicesOwnRoleNamesCount() {
        ProviderClaims plain = ProviderClaims.parse("groups", "", "authority", "met-police");

        Authentication a = plain.map("jo", Map.of("groups", "auditor everyone", "authority", ""));

        assertThat(a.getRoles()).as("a space-separated claim, as scopes are").containsExactly("auditor");
        assertThat(a.getAttributes()).as("the fixed authority where the token names none")
                .containsEntry("authority", "met-police");
    }

    @Test
    void aTokenThatNamesNoAuthorityHasNoneUnlessOneIsConfigured() {
        Authentication a = ENTRA.map("jo", Map.of("roles", List.of("FOI.Manager"), "authority", "met-police"));

        assertThat(a.getAttributes()).as("only the configured claim names the authority")
                .doesNotContainKey("authority");
    }

    @Test
    void aMapOntoAnythingButTheServicesRolesIsRefusedAtStart() {
        assertThatThrownBy(() -> ProviderClaims.parse("roles", "FOI.Boss=superuser", "authority", ""))
                .hasMessage("FOI_JWT_PROVIDER_ROLE_MAP maps 'FOI.Boss' to 'superuser', which is not a role of this"
                        + " service (admin, auditor, caseworker, manager)");
        assertThatThrownBy(() -> ProviderClaims.parse("roles", "FOI.Boss", "authority", ""))
                .hasMessage("FOI_JWT_PROVIDER_ROLE_MAP: 'FOI.Boss' is not provider-value=role");
    }
}
