package uk.foi.api.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Correspondence.State;
import uk.foi.core.request.RequestId;

/**
 * The messages the mailroom filed on no request: automatic replies and bounces it could not match, and dead letters
 * (messages it could not read or file, with why). Staff read them and file one on the request it concerns
 * (docs/correspondence.md). Caseworkers and managers: they are personal data.
 */
@Controller("/correspondence")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class UnfiledMailController {

    private final RequestService service;
    private final Correspondence.Mail mail;
    private final TransactionOperations<Connection> tx;

    UnfiledMailController(RequestService service, Correspondence.Mail mail, TransactionOperations<Connection> tx) {
        this.service = service;
        this.mail = mail;
        this.tx = tx;
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
    public List<CorrespondenceController.MessageView> unfiled(Authentication auth) {
        String authority = service.authorityOf(Caller.of(auth)).id().value();
        return tx.executeRead(s -> {
            Map<UUID, List<CorrespondenceController.AttachmentView>> attachments = mail
                    .attachmentsOfUnfiled(authority).stream()
                    .collect(Collectors.groupingBy(Correspondence.Attachment::correspondenceId, Collectors.mapping(
                            CorrespondenceController::attachment, Collectors.toList())));
            return mail.unfiled(authority).stream().map(m -> CorrespondenceController.view(m,
                    attachments.getOrDefault(m.id(), List.of()), null)).toList();
        });
    }

    /**
     * Files a message on the request it concerns: an automatic reply or bounce stays what it is, anything else is
     * filed as correspondence on the case.
     *
     * @param auth the caller
     * @param cid  the message
     * @param body the request
     * @return the message, filed
     */
    @Post("/{cid}/filing")
    public CorrespondenceController.MessageView file(Authentication auth, @PathVariable String cid,
            @Valid @Body Filing body) {
        Caller caller = Caller.of(auth);
        RequestId request = RequestController.requestId(body.requestId());
        service.get(caller, request);
        UUID message = CorrespondenceController.messageId(cid);
        String authority = caller.authority().value();
        return tx.executeWrite(s -> {
            Correspondence.Item item = mail.findByIdAndAuthorityId(message, authority)
                    .orElseThrow(() -> ApiProblem.notFound("no message " + cid + " in your authority's mailbox"));
            if (item.requestId() != null || !item.direction().equals(Correspondence.IN)) {
                throw ApiProblem.conflict("message " + cid + " is filed already");
            }
            State now = item.stateNow();
            State filed = now == State.AUTO_REPLY || now == State.BOUNCE ? now : State.ON_CASE;
            mail.update(item.filed(filed, request.value(), item.lastError()));
            return CorrespondenceController.views(mail, request.value()).stream()
                    .filter(m -> m.id().equals(message.toString())).findFirst().orElseThrow();
        });
    }
}
