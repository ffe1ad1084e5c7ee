package uk.foi.web;

import io.micronaut.runtime.Micronaut;

/** foi-web: the staff workspace and the public disclosure log, a client of foi-api. */
public final class Application {

    private Application() {
    }

    /** @param args ignored; configuration comes from the environment (docs/configuration.md) */
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
