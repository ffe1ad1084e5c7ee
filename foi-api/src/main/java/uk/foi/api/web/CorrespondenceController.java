package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.foi.api.application.CorrespondenceService;
import uk.foi.api.application.Roles;
import uk.foi.api.store.Correspondence;
import uk.foi.api.application.CorrespondenceService.MessageView;

/**
 * A request's correspondence: the messages that came in by email and the letters sent out, with their attachments
 * and, for a letter, whether it went (docs/correspondence.md). Personal data: caseworkers and managers only.
 */
@Controller("/requests/{id}/correspondence")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class CorrespondenceController {

    private final CorrespondenceService correspondence;

    CorrespondenceController(CorrespondenceService correspondence) {
        this.correspondence = correspondence;
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @return its correspondence, oldest first
     */
    @Get
    public List<MessageView> list(Authentication auth, @PathVariable String id) {
        return correspondence.list(Callers.of(auth), RequestController.requestId(id));
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @param cid  the message
     * @return it, with its text
     */
    @Get("/{cid}")
    public MessageView one(Authentication auth, @PathVariable String id, @PathVariable String cid) {
        return correspondence.one(Callers.of(auth), RequestController.requestId(id), messageId(cid));
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @param cid  the message
     * @param n    the attachment's place, from 1
     * @return its bytes, as a download
     */
    @Get("/{cid}/attachments/{n}")
    public HttpResponse<byte[]> attachment(Authentication auth, @PathVariable String id, @PathVariable String cid,
            @PathVariable int n) {
        Correspondence.AttachmentContent a = correspondence.attachment(Callers.of(auth),
                RequestController.requestId(id), messageId(cid), n);
        return HttpResponse.ok(a.content()).contentType(MediaType.of(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + a.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    /**
     * Confirms a reply the mailroom proposed as the clarification the request awaits: the clarification is received
     * on the day the message arrived, and the clock starts again from it (FOIA s1(3), s10(6)).
     *
     * @param auth    the caller
     * @param id      the request
     * @param cid     the message
     * @param ifMatch the ETag the confirmation was decided on
     * @return the request after it
     */
    @Post("/{cid}/clarification")
    public HttpResponse<Views.RequestView> confirmClarification(Authentication auth, @PathVariable String id,
            @PathVariable String cid, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return CommandController.answer(correspondence.confirmClarification(Callers.of(auth),
                RequestController.requestId(id), messageId(cid), Optional.ofNullable(ifMatch)));
    }

    /**
     * Tries again to send a letter every attempt at which failed (after the address was corrected, say).
     *
     * @param auth the caller
     * @param id   the request
     * @param cid  the letter
     * @return it, pending
     */
    @Post("/{cid}/resend")
    public MessageView resend(Authentication auth, @PathVariable String id, @PathVariable String cid) {
        return correspondence.resend(Callers.of(auth), RequestController.requestId(id), messageId(cid));
    }

    /**
     * @param cid a message's id, from the path
     * @return it
     * @throws ApiProblem 400 naming {@code cid} if it is not a UUID
     */
    static UUID messageId(String cid) {
        try {
            return UUID.fromString(cid);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cid", "'" + cid + "' is not a message id (a UUID)");
        }
    }
}
