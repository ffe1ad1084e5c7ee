package uk.foi.api.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foi.api.store.Correspondence;

/**
 * Reads a message that came into the FOI mailbox: who sent it, what it answers, its text and attachments, and whether
 * a person wrote it or a machine did (an out-of-office reply or a delivery failure, which must never become a
 * request).
 */
final class MessageReader {

    /** The most attachments one message keeps; more are a reason to refuse it as a whole. */
    static final int MAX_ATTACHMENTS = 50;

    /**
     * A WhatDoTheyKnow request's own address: each request made through the site has one, and every reply from the
     * requester comes from it (https://www.whatdotheyknow.com/help/officers).
     */
    private static final Pattern WHATDOTHEYKNOW = Pattern.compile("request-\\d+-[0-9a-f]+@whatdotheyknow\\.com",
            Pattern.CASE_INSENSITIVE);

    /** A run of letters, digits and the separators reference formats use, ending in a digit. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{2,38}[0-9]");

    /** Subjects automatic replies give themselves, where their senders set no header saying so. */
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile(
            "^(automatic reply|auto[- ]?reply|auto[- ]?response|out of (the )?office|autoreply)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Session SESSION = Session.getInstance(new Properties());

    private MessageReader() {
    }

    /** Who wrote a message. */
    enum Author {
        /** A person. */
        PERSON,
        /** An automatic reply (RFC 3834). */
        AUTO_REPLY,
        /** A delivery status notification: a bounce (RFC 3464). */
        BOUNCE
    }

    /**
     * An attachment.
     *
     * @param name      its file name
     * @param mediaType its media type, without parameters
     * @param content   its bytes
     */
    record Attachment(String name, String mediaType, byte[] content) {
    }

    /**
     * A message, read.
     *
     * @param messageId its Message-ID, or one made from its bytes where it has none
     * @param answers   the Message-IDs it replies to (In-Reply-To, References)
     * @param from      the sender's address
     * @param fromName  the sender's name, if given
     * @param subject   its subject
     * @param text      its text: the plain part, else the HTML part without its markup
     * @param author    a person or a machine
     * @param attachments its attachments
     */
    record Incoming(String messageId, List<String> answers, String from, Optional<String> fromName, String subject,
            String text, Author author, List<Attachment> attachments) {

        /** @return true if it comes from a WhatDoTheyKnow request's address */
        boolean viaWhatDoTheyKnow() {
            return WHATDOTHEYKNOW.matcher(from).matches();
        }

        /** @return the words of its subject that could be a request's reference, for the store to look up */
        Set<String> referenceCandidates() {
            Set<String> found = new LinkedHashSet<>();
            Matcher m = TOKEN.matcher(subject);
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        }
    }

    /**
     * @param raw the message's bytes
     * @return it, read
     * @throws MessagingException if it is not a message that can be read (no sender, say)
     * @throws IOException        if its content cannot be read
     */
    static Incoming read(byte[] raw) throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        InternetAddress from = sender(m);
        String subject = Optional.ofNullable(m.getSubject()).orElse("").strip();
        List<String> answers = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String value = m.getHeader(header, " ");
            if (value != null) {
                Matcher ids = Pattern.compile("<[^<>\\s]+>").matcher(value);
                while (ids.find()) {
                    answers.add(ids.group());
                }
            }
        }
        String messageId = Optional.ofNullable(m.getMessageID()).map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> madeUpMessageId(raw));
        Body body = new Body();
        body.walk(m);
        String text = body.plain != null ? body.plain : body.html != null ? withoutMarkup(body.html) : "";
        return new Incoming(messageId, List.copyOf(answers), from.getAddress().toLowerCase(Locale.ROOT),
                Optional.ofNullable(from.getPersonal()).map(String::strip).filter(s -> !s.isEmpty()), subject,
                text.strip(), author(m, from, subject), List.copyOf(body.attachments));
    }

    private static InternetAddress sender(MimeMessage m) throws MessagingException {
        jakarta.mail.Address[] from = m.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MessagingException("the message gives no sender's address (From)");
        }
        return address;
    }

    /**
     * A machine wrote it if it says so (RFC 3834 Auto-Submitted other than "no"; the X-Autoreply and X-Autorespond
     * headers Exchange and others use; Precedence auto_reply), if it is a delivery status report (RFC 3464, a
     * multipart/report of report-type delivery-status), if a mail system sent it (MAILER-DAEMON, postmaster), or if
     * its subject is an automatic reply's.
     */
    private static Author author(MimeMessage m, InternetAddress from, String subject) throws MessagingException {
        String type = Optional.ofNullable(m.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        String local = from.getAddress().toLowerCase(Locale.ROOT).replaceFirst("@.*", "");
        if ((type.startsWith("multipart/report") && type.contains("delivery-status"))
                || local.equals("mailer-daemon") || local.equals("postmaster")
                || m.getHeader("X-Failed-Recipients") != null) {
            return Author.BOUNCE;
        }
        String submitted = Optional.ofNullable(m.getHeader("Auto-Submitted", ",")).orElse("no").strip();
        String precedence = Optional.ofNullable(m.getHeader("Precedence", ",")).orElse("").strip();
        if (!submitted.equalsIgnoreCase("no") || m.getHeader("X-Autoreply") != null
                || m.getHeader("X-Autorespond") != null || precedence.equalsIgnoreCase("auto_reply")
                || AUTOMATIC_SUBJECT.matcher(subject).matches()) {
            return Author.AUTO_REPLY;
        }
        return Author.PERSON;
    }

    /** The text parts and attachments of a message, found by walking its MIME tree. */
    private static final class Body {
        private String plain;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            String type = part.getContentType() == null ? "text/plain"
                    : part.getContentType().toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
            String name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null;
            if (type.startsWith("multipart/") && part.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart child = parts.getBodyPart(i);
                    walk(child);
                }
            } else if (!attached && type.equals("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (!attached && type.equals("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (attached || !type.startsWith("text/")) {
                if (attachments.size() == MAX_ATTACHMENTS) {
                    throw new MessagingException("the message has more than " + MAX_ATTACHMENTS + " attachments");
                }
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(name != null ? name : "attachment-" + (attachments.size() + 1),
                            type, in.readAllBytes()));
                }
            }
        }
    }

    /** An HTML part's text: tags dropped, block ends as line breaks, the common entities decoded. */
    static String withoutMarkup(String html) {
        return html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /** @param raw a message's bytes @return the Message-ID it is kept under when it has none, or cannot be read */
    static String madeUpMessageId(byte[] raw) {
        return Correspondence.madeUpMessageId("sha256." + sha256(raw));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
