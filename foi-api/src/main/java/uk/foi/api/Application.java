package uk.foi.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the foi-api service. */
@OpenAPIDefinition(info = @Info(title = "FOI toolkit API", version = "0.1",
        description = "Freedom of Information requests from receipt to the Commissioner: statutory deadlines with "
                + "their working, section 17 checked refusals, letters, statistics and a public disclosure log.",
        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    /**
     * Runs the service until it is stopped.
     *
     * @param args command-line arguments passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
