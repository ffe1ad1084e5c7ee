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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Correspondence.State;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.StatutoryClock;

/**
 * A request's correspondence: the messages that came in by email and the letters sent out, with their attachments
 * and, for a letter, whether it went (docs/correspondence.md). Personal data: caseworkers and managers only.
 */
@Controller("/requests/{id}/correspondence")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class CorrespondenceController {

    private final RequestService service;
    private final Correspondence.Mail mail;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    CorrespondenceController(RequestService service, Correspondence.Mail mail, TransactionOperations<Connection> tx,
            Clock clock) {
        this.service = service;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * An attachment as listed.
     *
     * @param n         its place, from 1
     * @param name      its file name
     * @param mediaType its media type
     * @param size      its size in bytes
     */
    @Serdeable
    public record AttachmentView(int n, String name, String mediaType, long size) {
    }

    /**
     * A message as listed.
     *
     * @param id            its id
     * @param direction     IN (from the requester or their mail system) or OUT (a letter to them)
     * @param state         what became of it: NEW_REQUEST, ON_CASE, CLARIFICATION_PROPOSED, CLARIFICATION_CONFIRMED,
     *                      AUTO_REPLY, BOUNCE; PENDING, SENT, FAILED
     * @param address       the requester's address it came from or went to
     * @param name          their name, as the message gives it
     * @param subject       its subject
     * @param at            when it arrived, or when the letter was queued
     * @param letter        the letter it carries
     * @param attempts      attempts to send it
     * @param nextAttemptAt the next attempt, while pending
     * @param sentAt        when it was sent
     * @param problem       why the last attempt failed
     * @param attachments   its attachments
     * @param text          its text (on one message's own view only)
     */
    @Serdeable
    public record MessageView(String id, String direction, String state, String address, @Nullable String name,
            String subject, Instant at, @Nullable String letter, int attempts, @Nullable Instant nextAttemptAt,
            @Nullable Instant sentAt, @Nullable String problem, List<AttachmentView> attachments,
            @Nullable String text) {
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @return its correspondence, oldest first
     */
    @Get
    public List<MessageView> list(Authentication auth, @PathVariable String id) {
        RequestId request = RequestController.requestId(id);
        service.get(Caller.of(auth), request);
        return tx.executeRead(s -> views(mail, request.value()));
    }

    /** @return a request's correspondence as listed, oldest first, in the caller's transaction */
    static List<MessageView> views(Correspondence.Mail mail, UUID requestId) {
        Map<UUID, List<AttachmentView>> attachments = mail.attachmentsOf(requestId).stream()
                .collect(Collectors.groupingBy(Correspondence.Attachment::correspondenceId,
                        Collectors.mapping(CorrespondenceController::attachment, Collectors.toList())));
        return mail.ofRequest(requestId).stream()
                .map(m -> view(m, attachments.getOrDefault(m.id(), List.of()), null)).toList();
    }

    static AttachmentView attachment(Correspondence.Attachment a) {
        return new AttachmentView(a.n(), a.name(), a.mediaType(), a.size());
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @param cid  the message
     * @return it, with its text
     */
    @Get("/{cid}")
    public MessageView one(Authentication auth, @PathVariable String id, @PathVariable String cid) {
        RequestId request = RequestController.requestId(id);
        service.get(Caller.of(auth), request);
        UUID message = messageId(cid);
        return list(auth, id).stream().filter(m -> m.id().equals(message.toString())).findFirst()
                .map(m -> new MessageView(m.id(), m.direction(), m.state(), m.address(), m.name(), m.subject(),
                        m.at(), m.letter(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.problem(),
                        m.attachments(), item(request, message).body()))
                .orElseThrow(() -> notFound(cid));
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
        RequestId request = RequestController.requestId(id);
        service.get(Caller.of(auth), request);
        UUID message = item(request, messageId(cid)).id();
        Correspondence.AttachmentContent a = tx.executeRead(s -> mail.attachment(message, n))
                .orElseThrow(() -> ApiProblem.notFound("message " + cid + " has no attachment " + n));
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
        RequestId request = RequestController.requestId(id);
        Caller caller = Caller.of(auth);
        UUID message = messageId(cid);
        return tx.executeWrite(s -> {
            Correspondence.Item item = item(request, message);
            if (item.stateNow() != State.CLARIFICATION_PROPOSED) {
                throw ApiProblem.conflict("message " + cid + " is " + item.state()
                        + ", not a reply proposed as the clarification");
            }
            LocalDate arrived = LocalDate.ofInstant(item.arrivedAt(), StatutoryClock.UK);
            FoiOffice.Handled handled = service.handle(caller, request, Optional.ofNullable(ifMatch),
                    new Command.ReceiveClarification(arrived, item.body(), List.of()));
            if (!(handled.event() instanceof RequestEvent.CommandRefused)) {
                mail.update(item.filed(State.CLARIFICATION_CONFIRMED, item.requestId(), null));
            }
            return CommandController.answer(handled);
        });
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
        RequestId request = RequestController.requestId(id);
        service.get(Caller.of(auth), request);
        UUID message = messageId(cid);
        tx.executeWrite(s -> {
            Correspondence.Item item = item(request, message);
            if (item.stateNow() != State.FAILED) {
                throw ApiProblem.conflict("message " + cid + " is " + item.state() + "; only a letter that failed"
                        + " to send is sent again");
            }
            return mail.update(new Correspondence.Item(item.id(), item.authorityId(), item.requestId(),
                    item.direction(), State.PENDING.name(), item.messageId(), item.inReplyTo(), item.counterpart(),
                    item.counterpartName(), item.subject(), item.body(), null, item.arrivedAt(), item.letter(), 0,
                    clock.instant(), null, item.lastError()));
        });
        return list(auth, id).stream().filter(m -> m.id().equals(message.toString())).findFirst().orElseThrow();
    }

    private Correspondence.Item item(RequestId request, UUID message) {
        return tx.executeRead(s -> mail.findByIdAndRequestId(message, request.value()))
                .orElseThrow(() -> notFound(message.toString()));
    }

    static MessageView view(Correspondence.Summary m, List<AttachmentView> attachments, String text) {
        return new MessageView(m.id().toString(), m.direction(), m.state(), m.counterpart(), m.counterpartName(),
                m.subject(), m.arrivedAt(), m.letter(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.lastError(),
                attachments, text);
    }

    static UUID messageId(String cid) {
        try {
            return UUID.fromString(cid);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cid", "'" + cid + "' is not a message id (a UUID)");
        }
    }

    private static ApiProblem notFound(String cid) {
        return ApiProblem.notFound("no message " + cid + " on this request");
    }
}
