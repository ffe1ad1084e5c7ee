package uk.foi.api.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import uk.foi.api.application.CorrespondenceService;
import uk.foi.api.application.Roles;
import uk.foi.api.application.CorrespondenceService.MessageView;

/**
 * The messages the mailroom filed on no request: automatic replies and bounces it could not match, and dead letters
 * (messages it could not read or file, with why). Staff read them and file one on the request it concerns
 * (docs/correspondence.md). Caseworkers and managers: they are personal data.
 */
@Controller("/correspondence")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class UnfiledMailController {

    private final CorrespondenceService correspondence;

    UnfiledMailController(CorrespondenceService correspondence) {
        this.correspondence = correspondence;
    }

    /** @param requestId the request the message concerns */
    @Serdeable
    public record Filing(@NotBlank String requestId) {
    }

    /**
     * @param auth the caller
     * @return the authority's messages on no request, newest first (the latest 200)
     */
    @Get("/unfiled")
    public List<MessageView> unfiled(Authentication auth) {
        return correspondence.unfiled(Callers.of(auth));
    }

    /**
     * Files a message on the request it concerns.
     *
     * @param auth the caller
     * @param cid  the message
     * @param body the request
     * @return the message, filed
     */
    @Post("/{cid}/filing")
    public MessageView file(Authentication auth, @PathVariable String cid, @Valid @Body Filing body) {
        return correspondence.file(Callers.of(auth), CorrespondenceController.messageId(cid),
                RequestController.requestId(body.requestId()));
    }
}
