package uk.foi.api.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
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
 * The correspondence of requests and of the FOI mailbox, each read or change its own transaction; the controllers
 * only map HTTP to it (docs/correspondence.md). Every method checks the request or message is the caller's
 * authority's.
 */
@Singleton
public class CorrespondenceService {

    private final RequestService requests;
    private final Correspondence.Mail mail;
    private final Transactions tx;
    private final Clock clock;

    CorrespondenceService(RequestService requests, Correspondence.Mail mail, Transactions tx,
            Clock clock) {
        this.requests = requests;
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
     * @param caller a caseworker or manager
     * @param id     the request
     * @return its correspondence, oldest first
     */
    public List<MessageView> list(Caller caller, RequestId id) {
        requests.ours(caller, id);
        return tx.read(() -> views(id.value()));
    }

    /**
     * @param caller  a caseworker or manager
     * @param id      the request
     * @param message the message
     * @return it, with its text
     */
    public MessageView one(Caller caller, RequestId id, UUID message) {
        requests.ours(caller, id);
        return tx.read(() -> {
            Correspondence.Item item = item(id, message);
            MessageView m = view(message, id.value());
            return new MessageView(m.id(), m.direction(), m.state(), m.address(), m.name(), m.subject(), m.at(),
                    m.letter(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.problem(), m.attachments(),
                    item.body());
        });
    }

    /**
     * @param caller  a caseworker or manager
     * @param id      the request
     * @param message the message
     * @param n       the attachment's place, from 1
     * @return its bytes
     */
    public Correspondence.AttachmentContent attachment(Caller caller, RequestId id, UUID message, int n) {
        requests.ours(caller, id);
        return tx.read(() -> {
            item(id, message);
            return mail.attachment(message, n)
                    .orElseThrow(() -> new Refused.NotFound("message " + message + " has no attachment " + n));
        });
    }

    /**
     * Receives a reply the mailroom proposed as the clarification, on the day it arrived (FOIA s1(3), s10(6)(b)).
     *
     * @param caller  a caseworker or manager
     * @param id      the request
     * @param message the reply
     * @param ifMatch the ETag the confirmation was decided on
     * @return the command's result (a refusal included)
     */
    public FoiOffice.Handled confirmClarification(Caller caller, RequestId id, UUID message,
            Optional<String> ifMatch) {
        return tx.write(() -> {
            Correspondence.Item item = item(id, message);
            if (item.stateNow() != State.CLARIFICATION_PROPOSED) {
                throw new Refused.Conflict("message " + message + " is " + item.state()
                        + ", not a reply proposed as the clarification");
            }
            LocalDate arrived = LocalDate.ofInstant(item.arrivedAt(), StatutoryClock.UK);
            FoiOffice.Handled handled = requests.handle(caller, id, ifMatch,
                    new Command.ReceiveClarification(arrived, item.body(), List.of()));
            if (!(handled.event() instanceof RequestEvent.CommandRefused)) {
                mail.update(item.filed(State.CLARIFICATION_CONFIRMED, item.requestId(), null));
            }
            return handled;
        });
    }

    /**
     * Sends again a letter every attempt at which failed.
     *
     * @param caller  a caseworker or manager
     * @param id      the request
     * @param message the letter
     * @return it, pending
     */
    public MessageView resend(Caller caller, RequestId id, UUID message) {
        requests.ours(caller, id);
        return tx.write(() -> {
            Correspondence.Item item = item(id, message);
            if (item.stateNow() != State.FAILED) {
                throw new Refused.Conflict("message " + message + " is " + item.state() + "; only a letter that"
                        + " failed to send is sent again");
            }
            mail.update(item.sendAgain(clock.instant()));
            return view(message, id.value());
        });
    }

    /**
     * @param caller a caseworker or manager
     * @return the authority's messages on no request, newest first (the latest 200)
     */
    public List<MessageView> unfiled(Caller caller) {
        String authority = requests.authorityOf(caller).id().value();
        return tx.read(() -> {
            Map<UUID, List<AttachmentView>> attachments = byMessage(mail.attachmentsOfUnfiled(authority));
            return mail.unfiled(authority).stream()
                    .map(m -> view(m, attachments.getOrDefault(m.id(), List.of()))).toList();
        });
    }

    /**
     * Files a message on the request it concerns: an automatic reply or bounce stays what it is, anything else is
     * filed as correspondence on the case.
     *
     * @param caller  a caseworker or manager
     * @param message the message
     * @param id      the request
     * @return the message, filed
     */
    public MessageView file(Caller caller, UUID message, RequestId id) {
        requests.ours(caller, id);
        String authority = caller.authority().value();
        return tx.write(() -> {
            Correspondence.Item item = mail.findByIdAndAuthorityId(message, authority)
                    .orElseThrow(() -> new Refused.NotFound("no message " + message + " in your authority's mailbox"));
            if (item.requestId() != null || !item.direction().equals(Correspondence.IN)) {
                throw new Refused.Conflict("message " + message + " is filed already");
            }
            State now = item.stateNow();
            State filed = now == State.AUTO_REPLY || now == State.BOUNCE ? now : State.ON_CASE;
            mail.update(item.filed(filed, id.value(), item.lastError()));
            return view(message, id.value());
        });
    }

    private Correspondence.Item item(RequestId id, UUID message) {
        return mail.findByIdAndRequestId(message, id.value())
                .orElseThrow(() -> new Refused.NotFound("no message " + message + " on this request"));
    }

    private MessageView view(UUID message, UUID requestId) {
        return views(requestId).stream().filter(m -> m.id().equals(message.toString())).findFirst().orElseThrow();
    }

    private List<MessageView> views(UUID requestId) {
        Map<UUID, List<AttachmentView>> attachments = byMessage(mail.attachmentsOf(requestId));
        return mail.ofRequest(requestId).stream()
                .map(m -> view(m, attachments.getOrDefault(m.id(), List.of()))).toList();
    }

    private static Map<UUID, List<AttachmentView>> byMessage(List<Correspondence.Attachment> attachments) {
        return attachments.stream().collect(Collectors.groupingBy(Correspondence.Attachment::correspondenceId,
                Collectors.mapping(a -> new AttachmentView(a.n(), a.name(), a.mediaType(), a.size()),
                        Collectors.toList())));
    }

    private static MessageView view(Correspondence.Summary m, List<AttachmentView> attachments) {
        return new MessageView(m.id().toString(), m.direction(), m.state(), m.counterpart(), m.counterpartName(),
                m.subject(), m.arrivedAt(), m.letter(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.lastError(),
                attachments, null);
    }
}
