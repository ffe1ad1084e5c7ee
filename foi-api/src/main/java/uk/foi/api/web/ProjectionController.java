package uk.foi.api.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import uk.foi.api.application.Projections;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;

/** Rebuilds what is kept on write for reading (issue 20): an admin's command. */
@Controller("/projections")
@Secured(Roles.ADMIN)
public class ProjectionController {

    private final RequestService requests;
    private final Projections projections;

    ProjectionController(RequestService requests, Projections projections) {
        this.requests = requests;
        this.projections = projections;
    }

    /**
     * Rebuilds the caller's authority's caseload counts from its request rows and its statistics facts from the event
     * log, while commands carry on.
     *
     * @param auth an admin
     * @return how many requests' facts were rebuilt
     */
    @Post("/rebuild")
    public Rebuilt rebuild(Authentication auth) {
        return new Rebuilt(projections.rebuild(requests.authorityOf(Callers.of(auth))));
    }

    /** @param requests how many requests' statistics facts were rebuilt */
    @Serdeable
    public record Rebuilt(int requests) {
    }
}
