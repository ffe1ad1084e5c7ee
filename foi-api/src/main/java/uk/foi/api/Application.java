package uk.foi.api;

import io.micronaut.runtime.Micronaut;

/** Starts the foi-api service. */
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
