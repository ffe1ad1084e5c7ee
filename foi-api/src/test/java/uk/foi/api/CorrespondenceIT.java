package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.deadlines.StatutoryClock;

/**
 * The FOI mailbox end to end, on a real mail server in the test (GreenMail, SMTP and IMAP): a request sent by SMTP
 * through WhatDoTheyKnow becomes a case; the same message delivered twice is filed once; an out-of-office reply is
 * filed on the case and makes no request; a document with a third party's name is redacted and released; the response
 * goes to the requester by email with the letter and the redacted document, whose text no longer holds the name; the
 * requester's reply is filed on the case. A reply to a clarification request is proposed as the clarification and,
 * once a caseworker confirms it, received on the day it arrived.
 *
 * <p>The mail server stamps messages with the real time, so the test's clock is moved to the real day here: nothing
 * below depends on which day that is.
 */
@MicronautTest(transactional = false)
class CorrespondenceIT extends ApiTestSupport {

    private static final String FOI = "foi@met.police.example";
    private static final String WDTK = "request-41234-1a2b3c4d@whatdotheyknow.com";

    private final GreenMail mailServer = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
            ServerSetupTest.IMAP.dynamicPort()});

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        mailServer.start();
        mailServer.setUser(FOI, FOI, "mailbox-secret");
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.putAll(Map.of("foi.mail.authority", MET, "foi.mail.imap.host", "127.0.0.1",
                "foi.mail.imap.port", String.valueOf(mailServer.getImap().getPort()), "foi.mail.imap.ssl", "false",
                "foi.mail.imap.user", FOI, "foi.mail.imap.password", "mailbox-secret", "foi.mail.poll", "200ms",
                "foi.mail.smtp.host", "127.0.0.1", "foi.mail.smtp.port",
                String.valueOf(mailServer.getSmtp().getPort()), "foi.mail.smtp.starttls", "false"));
        properties.put("foi.mail.send-every", "200ms");
        return properties;
    }

    @BeforeAll
    void today() {
        clock.setDay(LocalDate.now(StatutoryClock.UK));
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void aRequestByEmailIsAnsweredByEmailWithItsRedactedDocument() throws Exception {
        MimeMessage request = message(WDTK, "Sam Requester", "Freedom of Information request - Custody reviews",
                "Dear Metropolitan Police,\n\n1. The custody review of May 2025.\n\nYours faithfully,\nSam");
        send(request);
        String id = eventually(() -> api.get(CASEWORKER, "/requests?q=custody+review+May"),
                r -> !((List<?>) r.at("items")).isEmpty()).at("items.0.id").toString();
        String base = "/requests/" + id;
        Api.Reply received = api.get(CASEWORKER, base);
        String reference = (String) received.at("reference");
        assertThat(received.body()).contains("\"channel\":\"EMAIL\"", "The custody review of May 2025");
        assertThat(received.at("receivedOn")).isEqualTo(LocalDate.now(StatutoryClock.UK).toString());
        assertThat(api.get(CASEWORKER, base + "/requester").body()).contains("\"name\":\"Sam Requester\"",
                "\"email\":\"" + WDTK + "\"");

        send(request);  // delivered twice: filed once
        MimeMessage away = message("sam.elsewhere@example.org", "Sam", "Automatic reply: " + reference,
                "I am away until Monday.");
        away.setHeader("Auto-Submitted", "auto-replied");
        send(away);
        List<?> filed = (List<?>) eventually(() -> api.get(CASEWORKER, base + "/correspondence"),
                r -> r.body().contains("AUTO_REPLY")).json();
        assertThat(filed).hasSize(2);
        assertThat(api.get(CASEWORKER, base + "/correspondence").body())
                .contains("\"state\":\"NEW_REQUEST\"", "\"address\":\"" + WDTK + "\"", "\"state\":\"AUTO_REPLY\"");
        assertThat((List<?>) api.get(CASEWORKER, "/requests?q=custody+review+May").at("items")).hasSize(1);
        assertThat(api.get(AUDITOR, base + "/correspondence").status()).as("personal data").isEqualTo(403);
        assertThat(api.get(OTHER_CASEWORKER, base + "/correspondence").status()).isEqualTo(404);

        String doc = release(base, pdf("The detainee was seen by Jane Doe, the duty inspector"
                + " (jane.doe@example.police.uk).", "The budget for 2025 was 1.2 million pounds."));
        assertThat(api.post(CASEWORKER, base + "/parts/1/decision", """
                {"decisions": [{"outcome": "DISCLOSED", "answer": "The review is attached, with names redacted."}]}""")
                .status()).isEqualTo(200);
        assertThat(api.post(CASEWORKER, base + "/response", "{}").status()).isEqualTo(200);

        MimeMessage response = eventually(() -> mailTo(WDTK), m -> !m.isEmpty()).get(0);
        assertThat(response.getSubject()).isEqualTo("Your request " + reference + ": response");
        assertThat(response.getFrom()[0].toString()).contains(FOI);
        assertThat(response.getHeader("In-Reply-To", null)).isEqualTo(request.getMessageID());
        Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        walk(response, attachments, texts);
        assertThat(attachments.keySet()).containsExactly(reference + "-response.pdf", "custody-review.pdf");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains(reference));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("<html", reference));
        assertThat(pdfText(attachments.get(reference + "-response.pdf"))).contains(reference);
        String released = pdfText(attachments.get("custody-review.pdf"));
        assertThat(released).contains("The budget for 2025").doesNotContain("Jane", "jane.doe");
        assertThat(attachments.get("custody-review.pdf")).isEqualTo(bytes(doc + "/release"));

        Api.Reply sent = api.get(CASEWORKER, base + "/correspondence");
        assertThat(sent.body()).contains("\"direction\":\"OUT\"", "\"state\":\"SENT\"", "\"letter\":\"response\"",
                "\"name\":\"custody-review.pdf\"");

        MimeMessage thanks = message(WDTK, "Sam Requester", "Re: " + response.getSubject(), "Thank you.");
        thanks.setHeader("In-Reply-To", response.getMessageID());
        send(thanks);
        Api.Reply all = eventually(() -> api.get(CASEWORKER, base + "/correspondence"),
                r -> r.body().contains("ON_CASE"));
        String thanksId = ((List<?>) all.json()).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> "ON_CASE".equals(m.get("state"))).map(m -> (String) m.get("id")).findFirst().orElseThrow();
        assertThat(api.get(CASEWORKER, base + "/correspondence/" + thanksId).at("text")).isEqualTo("Thank you.");
        assertThat((List<?>) api.get(CASEWORKER, "/requests?q=custody+review+May").at("items")).hasSize(1);

        // the requester's subject access request: their request with its correspondence both ways, logged
        Api.Reply export = api.post(MANAGER, "/requesters/export", "{\"email\": \"" + WDTK.toUpperCase() + "\"}");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.at("requests.0.request.reference")).isEqualTo(reference);
        assertThat(export.body()).contains("Dear Metropolitan Police", "\"text\":\"Thank you.\"",
                "\"subject\":\"Your request " + reference + ": response\"", "custody-review.pdf",
                "\"direction\":\"OUT\"");
        assertThat(api.post(CASEWORKER, "/requesters/export", "{\"email\": \"" + WDTK + "\"}").status())
                .isEqualTo(403);
        assertThat(api.get(AUDITOR, "/requesters/access-log").body()).contains("\"purpose\":\"SUBJECT_ACCESS\"",
                "export of email " + WDTK.toUpperCase(), "\"results\":1");
    }

    @Test
    void aReplyToAClarificationRequestIsProposedAndReceivedOnTheDayItArrivedOnceConfirmed() throws Exception {
        Api.Reply made = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "%s", "channel": "EMAIL", "text": "All the reports about the bridge.",
                 "requester": {"name": "Kim Asker", "email": "kim.asker@example.org"}}"""
                .formatted(LocalDate.now(StatutoryClock.UK)));
        String base = "/requests/" + made.at("id");
        assertThat(api.post(CASEWORKER, base + "/clarification-request", """
                {"question": "Which bridge, and which years?"}""").status()).isEqualTo(200);
        MimeMessage asked = eventually(() -> mailTo("kim.asker@example.org"), m -> !m.isEmpty()).get(0);
        assertThat(asked.getSubject()).endsWith(": clarification");

        MimeMessage reply = message("kim.asker@example.org", "Kim Asker", "Re: " + asked.getSubject(),
                "Tower Bridge, 2020 to 2024.");
        reply.setHeader("In-Reply-To", asked.getMessageID());
        send(reply);
        Api.Reply proposed = eventually(() -> api.get(CASEWORKER, base + "/correspondence"),
                r -> r.body().contains("CLARIFICATION_PROPOSED"));
        String cid = ((List<?>) proposed.json()).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> "CLARIFICATION_PROPOSED".equals(m.get("state"))).map(m -> (String) m.get("id"))
                .findFirst().orElseThrow();
        assertThat(api.get(CASEWORKER, base).at("status")).as("staff confirm it").isEqualTo("AWAITING_CLARIFICATION");

        Api.Reply confirmed = api.post(CASEWORKER, base + "/correspondence/" + cid + "/clarification", "");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Tower Bridge, 2020 to 2024.");
        assertThat(confirmed.at("status")).isNotEqualTo("AWAITING_CLARIFICATION");
        assertThat(api.get(CASEWORKER, base + "/correspondence").body()).contains("CLARIFICATION_CONFIRMED");
        Api.Reply again = api.post(CASEWORKER, base + "/correspondence/" + cid + "/clarification", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.post(CASEWORKER, base + "/correspondence/not-a-uuid/clarification", "").body())
                .contains("\"field\":\"cid\"");
    }

    @Test
    void messagesOnNoRequestAreListedAndFiledByHand() throws Exception {
        String id = intake(LocalDate.now(StatutoryClock.UK).toString(), "1. The cost of the new stables.");
        MimeMessage away = message("someone@example.net", "Someone", "Out of Office: back on Monday", "Away.");
        send(away);
        MimeMessage nobody = new MimeMessage(session());
        nobody.setRecipient(Message.RecipientType.TO, new InternetAddress(FOI));
        nobody.setSubject("A message with no sender");
        nobody.setText("Hello");
        Properties envelope = new Properties();
        envelope.put("mail.smtp.host", "127.0.0.1");
        envelope.put("mail.smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        envelope.put("mail.smtp.from", "bounce@example.net");
        nobody.saveChanges();
        Transport transport = Session.getInstance(envelope).getTransport("smtp");
        transport.connect();
        transport.sendMessage(nobody, nobody.getAllRecipients());
        transport.close();

        Api.Reply unfiled = eventually(() -> api.get(CASEWORKER, "/correspondence/unfiled"),
                r -> r.body().contains("Out of Office: back on Monday") && r.body().contains("UNREADABLE"));
        assertThat(unfiled.body()).contains("no sender's address");
        String awayId = ((List<?>) unfiled.json()).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> "AUTO_REPLY".equals(m.get("state")) && "Out of Office: back on Monday"
                        .equals(m.get("subject"))).map(m -> (String) m.get("id")).findFirst().orElseThrow();
        assertThat(api.get(AUDITOR, "/correspondence/unfiled").status()).isEqualTo(403);

        Api.Reply filed = api.post(CASEWORKER, "/correspondence/" + awayId + "/filing", "{\"requestId\": \"" + id
                + "\"}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.at("state")).isEqualTo("AUTO_REPLY");
        assertThat(api.get(CASEWORKER, "/requests/" + id + "/correspondence").body()).contains(awayId);
        assertThat(api.get(CASEWORKER, "/correspondence/unfiled").body()).doesNotContain(awayId);
        assertThat(api.post(CASEWORKER, "/correspondence/" + awayId + "/filing", "{\"requestId\": \"" + id
                + "\"}").status()).as("filed once").isEqualTo(409);
        assertThat(api.post(OTHER_CASEWORKER, "/correspondence/" + awayId + "/filing", "{\"requestId\": \"" + id
                + "\"}").status()).isEqualTo(404);
    }

    private String release(String base, byte[] pdf) throws Exception {
        String doc = upload(base.substring("/requests/".length()), "custody-review.pdf", pdf);
        assertThat(api.post(CASEWORKER, doc + "/complete", "").status()).isEqualTo(200);
        Map<?, ?> found = (Map<?, ?>) ((List<?>) api.post(CASEWORKER, doc + "/search", "{\"text\": \"Jane Doe\"}")
                .json()).get(0);
        Api.Reply released = api.put(CASEWORKER, doc + "/release", String.format(java.util.Locale.ROOT,
                "{\"redactions\": [{\"page\": %s, \"x\": %s, \"y\": %s, \"width\": %s, \"height\": %s,"
                        + " \"provision\": \"FOIA s40(2)\"}]}", found.get("page"), found.get("x"), found.get("y"),
                found.get("width"), found.get("height")));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        return doc;
    }

    private byte[] bytes(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(api.token(CASEWORKER))
                .accept("application/pdf"), byte[].class);
    }

    private MimeMessage message(String from, String name, String subject, String text) throws Exception {
        String messageId = "<" + java.util.UUID.randomUUID() + "@mail.example.org>";
        MimeMessage m = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);  // as a mail system resending it keeps it
            }
        };
        m.setFrom(new InternetAddress(from, name));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(FOI));
        m.setSubject(subject);
        m.setText(text);
        m.saveChanges();
        return m;
    }

    private void send(MimeMessage m) throws Exception {
        Transport.send(m);
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        return Session.getInstance(p);
    }

    private List<MimeMessage> mailTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mailServer.getReceivedMessages()) {
            try {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address)) {
                    found.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private static void walk(Part part, Map<String, byte[]> attachments, List<String> texts) throws Exception {
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                walk(child, attachments, texts);
            }
        } else if (part.getFileName() != null) {
            attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
        } else {
            texts.add(String.valueOf(part.getContent()));
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
