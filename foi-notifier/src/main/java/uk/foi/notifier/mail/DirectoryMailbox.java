package uk.foi.notifier.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Properties;

/**
 * Writes notices as {@code .eml} files when no SMTP server is configured (local runs): one file per event id, written
 * whole to a temporary name and then renamed, so a reader never sees half a message and a repeat overwrites itself.
 */
@Singleton
@Requires(missingProperty = "javamail.properties.mail.smtp.host")
final class DirectoryMailbox implements Mailbox {

    private final Path directory;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    DirectoryMailbox(@Value("${foi.notifier.mail.directory}") String directory,
            @Value("${micronaut.email.from.email}") String from) {
        this.directory = Path.of(directory);
        this.from = from;
    }

    @Override
    public void deliver(Notice notice) throws IOException, MessagingException {
        Files.createDirectories(directory);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + notice.eventId() + "@foi-notifier>");
            }
        };
        message.setFrom(new InternetAddress(from));
        for (String to : notice.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(notice.subject(), "UTF-8");
        message.setText(notice.text(), "UTF-8");
        message.setSentDate(new Date());
        message.saveChanges();
        Path temp = directory.resolve(notice.eventId() + ".eml.tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            message.writeTo(out);
        }
        Files.move(temp, directory.resolve(notice.eventId() + ".eml"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
