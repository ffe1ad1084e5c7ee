package uk.foi.api.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.application.Caller;
import uk.foi.api.application.Refused;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.api.application.Transactions;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Correspondence.State;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.core.request.Status;
import uk.foi.deadlines.StatutoryClock;

/**
 * Reads the authority's FOI mailbox over IMAP and files what arrives (docs/correspondence.md). Two steps, each safe to
 * repeat: each unread message is copied, as received, into the correspondence table (a Message-ID seen before is not
 * copied again) and then marked read; each message copied is then filed in its own transaction: as correspondence on
 * the request it belongs to (it answers one of our messages, names a request's reference in its subject, or comes
 * from the WhatDoTheyKnow address a request came from), proposed as the clarification where that request awaits one,
 * or else as a new request received on the day the mailbox received it. Automatic replies and bounces are filed,
 * never made requests. A message that cannot be filed is kept as a dead letter with why; the rest carry on.
 */
@Singleton
@Requires(property = "foi.mail.imap.host", pattern = ".+")
public class Mailroom {

    private static final Logger LOG = LoggerFactory.getLogger(Mailroom.class);
    private static final int MESSAGES_PER_POLL = 100;

    private final Correspondence.Mail mail;
    private final RequestService requests;
    private final Transactions tx;
    private final Clock clock;
    private final Caller mailroom;
    private final Session session;
    private final String user;
    private final String password;
    private final String folderName;
    private final long maxMessageBytes;

    Mailroom(Correspondence.Mail mail, RequestService requests, Transactions tx, Clock clock,
            @Value("${foi.mail.authority:}") String authority, @Value("${foi.mail.imap.host}") String host,
            @Value("${foi.mail.imap.port:993}") int port, @Value("${foi.mail.imap.ssl:true}") boolean ssl,
            @Value("${foi.mail.imap.user:}") String user, @Value("${foi.mail.imap.password:}") String password,
            @Value("${foi.mail.imap.folder:INBOX}") String folder,
            @Value("${foi.mail.max-message-bytes:31457280}") long maxMessageBytes) {
        this.mail = mail;
        this.requests = requests;
        this.tx = tx;
        this.clock = clock;
        if (authority.isBlank()) {
            throw new IllegalStateException("FOI_MAIL_AUTHORITY must name the authority whose FOI mailbox"
                    + " FOI_MAIL_IMAP_HOST is");
        }
        this.mailroom = new Caller("mailroom", AuthorityId.of(authority), Set.of(Roles.CASEWORKER));
        String protocol = ssl ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".host", host);
        props.put("mail." + protocol + ".port", String.valueOf(port));
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "30000");
        this.session = Session.getInstance(props);
        this.user = user;
        this.password = password;
        this.folderName = folder;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Reads the mailbox and files what it found; a mailbox that cannot be reached is tried again next time. */
    @Scheduled(fixedDelay = "${foi.mail.poll:10s}", initialDelay = "${foi.mail.poll:10s}")
    void poll() {
        try {
            fetch();
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("the FOI mailbox could not be read; trying again at the next poll: {}", e.toString());
        }
        fileWaiting();
    }

    /**
     * Copies each unread message of the mailbox into the correspondence table, then marks it read.
     *
     * @return how many messages were read
     * @throws MessagingException if the mailbox cannot be reached
     */
    int fetch() throws MessagingException {
        try (Store store = session.getStore()) {
            store.connect(user, password);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                int n = Math.min(unread.length, MESSAGES_PER_POLL);
                for (int i = 0; i < n; i++) {
                    keep(unread[i]);
                    unread[i].setFlag(Flags.Flag.SEEN, true);
                }
                return n;
            } finally {
                folder.close(false);
            }
        }
    }

    private void keep(Message message) throws MessagingException {
        Instant arrived = Optional.ofNullable(message.getReceivedDate()).or(() -> {
            try {
                return Optional.ofNullable(message.getSentDate());
            } catch (MessagingException e) {
                return Optional.empty();
            }
        }).map(java.util.Date::toInstant).orElseGet(clock::instant);
        if (message.getSize() > maxMessageBytes) {
            String id = Correspondence.madeUpMessageId("too-large." + UUID.randomUUID());
            save(id, "unknown", null, Optional.ofNullable(message.getSubject()).orElse(""), null, arrived,
                    State.UNREADABLE, "the message is " + message.getSize() + " bytes, more than the "
                            + maxMessageBytes + " this mailroom takes; it was left in the mailbox, marked read");
            return;
        }
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("the message could not be read from the mailbox", e);
        }
        try {
            MessageReader.Incoming in = MessageReader.read(raw);
            save(in.messageId(), in.from(), in.fromName().orElse(null), in.subject(), raw, arrived, State.WAITING,
                    null);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            save(MessageReader.madeUpMessageId(raw), "unknown", null, "", raw, arrived,
                    State.UNREADABLE, "the message could not be read: " + unreadable.getMessage());
        }
    }

    private void save(String messageId, String from, String fromName, String subject, byte[] raw, Instant arrived,
            State state, String error) {
        String authority = mailroom.authority().value();
        tx.write(() -> {
            if (!mail.existsByAuthorityIdAndMessageId(authority, messageId)) {
                mail.save(new Correspondence.Item(UUID.randomUUID(), authority, null, Correspondence.IN, state.name(),
                        messageId, null, from, fromName, subject, "", raw, arrived, null, 0, null, null, error));
            }
            return null;
        });
    }

    /** Files every message copied and not yet filed, each in its own transaction. */
    void fileWaiting() {
        for (int i = 0; i < MESSAGES_PER_POLL; i++) {
            AtomicReference<Correspondence.Item> taken = new AtomicReference<>();
            try {
                boolean filed = tx.write(() -> {
                    List<Correspondence.Item> next = mail.waiting(1);
                    if (next.isEmpty()) {
                        return false;
                    }
                    taken.set(next.get(0));
                    file(next.get(0));
                    return true;
                });
                if (!filed) {
                    return;
                }
            } catch (RuntimeException e) {
                Correspondence.Item item = taken.get();
                if (item == null) {
                    LOG.warn("the mailroom could not read its waiting messages: {}", e.toString());
                    return;
                }
                String why = e instanceof Refused refused ? refused.getMessage() : e.toString();
                LOG.warn("message {} could not be filed and is kept as a dead letter: {}", item.id(), why);
                tx.write(() -> mail.update(item.filed(State.UNREADABLE, null, "it could not be filed: " + why)));
            }
        }
    }

    private void file(Correspondence.Item item) {
        MessageReader.Incoming in;
        try {
            in = MessageReader.read(item.raw());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the message could not be read: " + e.getMessage(), e);
        }
        Optional<UUID> onCase = caseOf(in);
        State state;
        UUID requestId;
        if (in.author() != MessageReader.Author.PERSON) {
            state = in.author() == MessageReader.Author.BOUNCE ? State.BOUNCE : State.AUTO_REPLY;
            requestId = onCase.orElse(null);
        } else if (onCase.isPresent()) {
            FoiRequest request = requests.get(mailroom, new RequestId(onCase.get()));
            state = request.status() == Status.AWAITING_CLARIFICATION ? State.CLARIFICATION_PROPOSED : State.ON_CASE;
            requestId = onCase.get();
        } else {
            LocalDate receivedOn = LocalDate.ofInstant(item.arrivedAt(), StatutoryClock.UK);
            Intake intake = new Intake(RequestId.random(), receivedOn, Channel.EMAIL, in.text());
            Requester requester = new Requester(in.fromName().orElse(in.from()), Optional.of(in.from()),
                    Optional.empty());
            requestId = requests.receive(mailroom, intake, requester, Optional.empty()).request().id().value();
            state = State.NEW_REQUEST;
        }
        mail.update(item.read(in.answers().isEmpty() ? null : String.join(" ", in.answers()), in.text())
                .filed(state, requestId, null));
        int n = 0;
        for (MessageReader.Attachment a : in.attachments()) {
            mail.attach(item.id(), ++n, a.name(), a.mediaType(), a.content());
        }
    }

    /** The request a message belongs to: the one it answers, the one its subject names, or its WhatDoTheyKnow one. */
    private Optional<UUID> caseOf(MessageReader.Incoming in) {
        String authority = mailroom.authority().value();
        Optional<UUID> found = in.answers().isEmpty() ? Optional.empty()
                : mail.requestOfMessages(authority, in.answers());
        if (found.isEmpty() && !in.referenceCandidates().isEmpty()) {
            found = mail.requestOfReferences(authority, in.referenceCandidates());
        }
        if (found.isEmpty() && in.viaWhatDoTheyKnow()) {
            found = mail.latestRequestFrom(authority, in.from());
        }
        return found;
    }
}
