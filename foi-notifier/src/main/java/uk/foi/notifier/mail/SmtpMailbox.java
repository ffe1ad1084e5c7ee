package uk.foi.notifier.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

/** Sends notices over SMTP with micronaut-email's JavaMail sender ({@code FOI_SMTP_HOST} set). */
@Singleton
@Requires(property = "javamail.properties.mail.smtp.host")
final class SmtpMailbox implements Mailbox {

    private final EmailSender<?, ?> sender;

    SmtpMailbox(EmailSender<?, ?> sender) {
        this.sender = sender;
    }

    @Override
    public void deliver(Notice notice) {
        Email.Builder email = Email.builder().subject(notice.subject()).body(notice.text());
        notice.to().forEach(email::to);
        sender.send(email);
    }
}
