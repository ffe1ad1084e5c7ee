package uk.foi.api.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.application.LetterBook;
import uk.foi.api.application.Transactions;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Correspondence.State;
import uk.foi.api.store.Documents;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.letters.Letter;
import uk.foi.letters.LetterPdf;

/**
 * Sends the letters commands queued to requesters by email over SMTP (docs/correspondence.md): the letter as text and
 * HTML, its PDF, and with a response or a review's outcome the redacted versions of the request's documents released.
 * The letter is written when it is sent, from the request's events, as GET /requests/{id}/letters/{kind} writes it.
 * A failed attempt is tried again after 1, 2, 4 ... minutes; after the last, the letter is marked FAILED with why,
 * which the request's correspondence and the workspace show. Each letter is sent in its own transaction, its row
 * locked, so two instances never send the same letter; a crash between the send and the commit sends it again, with
 * the same Message-ID.
 */
@Singleton
@Requires(property = "foi.mail.smtp.host", pattern = ".+")
public class Postroom {

    private static final Logger LOG = LoggerFactory.getLogger(Postroom.class);
    private static final int LETTERS_PER_RUN = 50;

    private final Correspondence.Mail mail;
    private final Requests store;
    private final Authorities authorities;
    private final Documents.Releases releases;
    private final LetterBook book;
    private final Transactions tx;
    private final Clock clock;
    private final Session session;
    private final String user;
    private final String password;
    private final int maxAttempts;
    private final Duration firstRetry;

    Postroom(Correspondence.Mail mail, Requests store, Authorities authorities, Documents.Releases releases,
            LetterBook book, Transactions tx, Clock clock,
            @Value("${foi.mail.smtp.host}") String host, @Value("${foi.mail.smtp.port:587}") int port,
            @Value("${foi.mail.smtp.starttls:true}") boolean starttls, @Value("${foi.mail.smtp.user:}") String user,
            @Value("${foi.mail.smtp.password:}") String password,
            @Value("${foi.mail.send-attempts:8}") int maxAttempts,
            @Value("${foi.mail.first-retry:1m}") Duration firstRetry) {
        this.mail = mail;
        this.store = store;
        this.authorities = authorities;
        this.releases = releases;
        this.book = book;
        this.tx = tx;
        this.clock = clock;
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.auth", String.valueOf(!user.isBlank()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        this.session = Session.getInstance(props);
        this.user = user;
        this.password = password;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /** Sends every letter due, each in its own transaction. */
    @Scheduled(fixedDelay = "${foi.mail.send-every:5s}")
    void sendDue() {
        for (int i = 0; i < LETTERS_PER_RUN; i++) {
            try {
                if (!tx.write(this::sendOne)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("the postroom could not send its letters; trying again at the next run: {}", e.toString());
                return;
            }
        }
    }

    private boolean sendOne() {
        List<Correspondence.Item> due = mail.dueToSend(clock.instant(), 1);
        if (due.isEmpty()) {
            return false;
        }
        Correspondence.Item item = due.get(0);
        RequestId id = new RequestId(item.requestId());
        List<MessageReader.Attachment> attached = new ArrayList<>();
        String text = "";
        try {
            Authority authority = authorities.find(AuthorityId.of(item.authorityId())).orElseThrow(
                    () -> new IllegalStateException("authority " + item.authorityId() + " is no longer configured"));
            List<RequestEvent> events = store.events(id, authority);
            Requester requester = store.requester(id).orElseThrow(
                    () -> new IllegalStateException("the request's requester was erased"));
            Letter letter = book.write(authority, events, java.util.Optional.of(requester), item.letter());
            text = letter.text();
            String reference = LetterBook.reference(events);
            attached.add(new MessageReader.Attachment(reference + "-" + item.letter() + ".pdf", "application/pdf",
                    LetterPdf.render(letter)));
            if (item.letter().equals("response") || item.letter().equals("review-outcome")) {
                for (Documents.Released r : releases.releasedOf(item.requestId())) {
                    releases.findById(r.id()).ifPresent(release -> attached.add(new MessageReader.Attachment(
                            r.name(), "application/pdf", release.pdf())));
                }
            }
            MimeMessage message = compose(item, authority, letter, attached);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            Transport.send(message, user.isBlank() ? null : user, user.isBlank() ? null : password);
            mail.update(item.attempted(State.SENT, text, raw.toByteArray(), null, clock.instant(), null));
            int n = 0;
            for (MessageReader.Attachment a : attached) {
                mail.attach(item.id(), ++n, a.name(), a.mediaType(), a.content());
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            boolean last = item.attempts() + 1 >= maxAttempts;
            Instant next = last ? null : clock.instant().plus(firstRetry.multipliedBy(1L << Math.min(item.attempts(),
                    10)));
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("letter {} ({}) was not sent, attempt {} of {}: {}", item.id(), item.letter(),
                    item.attempts() + 1, maxAttempts, why);
            mail.update(item.attempted(last ? State.FAILED : State.PENDING, text, null, next, null, why));
        }
        return true;
    }

    private MimeMessage compose(Correspondence.Item item, Authority authority, Letter letter,
            List<MessageReader.Attachment> attached) throws MessagingException, UnsupportedEncodingException {
        String messageId = item.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(authority.contact().foiEmail(), authority.name(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(item.counterpart(),
                item.counterpartName(), "UTF-8"));
        message.setSubject(item.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (item.inReplyTo() != null) {
            message.setHeader("In-Reply-To", item.inReplyTo());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(letter.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(letter.html(), "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (MessageReader.Attachment a : attached) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mediaType())));
            part.setFileName(a.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }
}
