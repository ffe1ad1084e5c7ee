package uk.foi.api.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the mailroom reads a message: who wrote it, what it answers, its text and attachments. */
class MessageReaderTest {

    private static MessageReader.Incoming read(String message) throws Exception {
        return MessageReader.read(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String plain(String headers, String subject) {
        return "From: Sam Requester <sam@example.org>\nTo: foi@met.police.example\nSubject: " + subject
                + "\nMessage-ID: <m1@example.org>\n" + headers + "Content-Type: text/plain; charset=UTF-8\n\n"
                + "Please send me the figures.\n";
    }

    /**
     * Machines' messages are filed, never made requests. Sources: RFC 3834 s5 (Auto-Submitted), RFC 3464 (delivery
     * status notifications as multipart/report), and the headers and subjects Exchange and common autoresponders use.
     */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                      | FOI request about custody           | PERSON
            'Auto-Submitted: no\n'                  | FOI request                         | PERSON
            'Auto-Submitted: auto-replied\n'        | Re: FOI request                     | AUTO_REPLY
            'Auto-Submitted: auto-generated\n'      | Notice                              | AUTO_REPLY
            'X-Autoreply: yes\n'                    | Re: FOI request                     | AUTO_REPLY
            'X-Autorespond: yes\n'                  | Re: FOI request                     | AUTO_REPLY
            'Precedence: auto_reply\n'              | Re: FOI request                     | AUTO_REPLY
            ''                                      | Automatic reply: FOI request        | AUTO_REPLY
            ''                                      | Out of Office: FOI request          | AUTO_REPLY
            ''                                      | Auto-Reply from Sam                 | AUTO_REPLY
            'X-Failed-Recipients: a@example.org\n'  | Undelivered Mail Returned to Sender | BOUNCE
            ''                                      | Office locations and opening hours  | PERSON
            """)
    void whoWroteIt(String headers, String subject, MessageReader.Author expected) throws Exception {
        assertThat(read(plain(headers.replace("\\n", "\n"), subject)).author()).isEqualTo(expected);
    }

    @Test
    void aDeliveryStatusReportOrAMailSystemsMessageIsABounce() throws Exception {
        String report = """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: foi@met.police.example
                Subject: Undelivered Mail
                Message-ID: <b1@mx.example.org>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                The letter could not be delivered.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org
                --b--
                """;
        assertThat(read(report).author()).isEqualTo(MessageReader.Author.BOUNCE);
        assertThat(read(report.replace("multipart/report; report-type=delivery-status", "multipart/mixed"))
                .author()).as("MAILER-DAEMON alone").isEqualTo(MessageReader.Author.BOUNCE);
    }

    @Test
    void itsSenderSubjectAnswersAndText() throws Exception {
        MessageReader.Incoming in = read("""
                From: "Sam Requester" <Request-41234-1a2b3c4d@WhatDoTheyKnow.com>
                To: foi@met.police.example
                Subject: Re: Your request 01.FOI.23.000123: response
                Message-ID: <reply-1@whatdotheyknow.com>
                In-Reply-To: <abc.response@met.police.example>
                References: <first@whatdotheyknow.com> <abc.response@met.police.example>
                Content-Type: text/plain; charset=UTF-8

                Thank you.
                """);
        assertThat(in.from()).isEqualTo("request-41234-1a2b3c4d@whatdotheyknow.com");
        assertThat(in.fromName()).contains("Sam Requester");
        assertThat(in.viaWhatDoTheyKnow()).isTrue();
        assertThat(in.messageId()).isEqualTo("<reply-1@whatdotheyknow.com>");
        assertThat(in.answers()).containsExactly("<abc.response@met.police.example>", "<first@whatdotheyknow.com>",
                "<abc.response@met.police.example>");
        assertThat(in.referenceCandidates()).contains("01.FOI.23.000123");
        assertThat(in.text()).isEqualTo("Thank you.");
        assertThat(in.attachments()).isEmpty();
    }

    @Test
    void anHtmlOnlyMessageIsReadAsTextAndAttachmentsAreKept() throws Exception {
        MessageReader.Incoming in = read("""
                From: sam@example.org
                To: foi@met.police.example
                Subject: FOI
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/html; charset=UTF-8

                <html><body><p>1. The costs &amp; the contracts.</p><p>2. The dates.</p><script>x()</script></body></html>
                --b
                Content-Type: application/pdf; name="letter.pdf"
                Content-Disposition: attachment; filename="letter.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b--
                """);
        assertThat(in.text()).isEqualTo("1. The costs & the contracts.\n2. The dates.");
        assertThat(in.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("letter.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
        });
        assertThat(in.messageId()).as("made from its bytes where it has none").startsWith("<sha256.")
                .endsWith("@foi-toolkit.invalid>");
        assertThat(in.viaWhatDoTheyKnow()).isFalse();
    }

    @Test
    void aMessageWithoutASenderIsRefused() {
        assertThatThrownBy(() -> read("To: foi@met.police.example\nSubject: x\n\nHello\n"))
                .isInstanceOf(MessagingException.class).hasMessageContaining("no sender's address");
    }
}
