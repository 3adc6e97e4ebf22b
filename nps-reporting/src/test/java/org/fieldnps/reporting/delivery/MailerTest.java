package org.fieldnps.reporting.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fieldnps.reporting.delivery.OutgoingMail.Attachment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail over SMTP against GreenMail: the shape of what arrives, and how failures are told apart. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("nps", "secret"));

    @Test
    void mailArrivesAsPlainTextAndHtmlForTheRecipientToChooseFrom() throws Exception {
        mailer("nps", "secret").send(mail("kunde@example.org", List.of()));

        MimeMessage received = onlyMessage();
        assertThat(received.getSubject()).isEqualTo("Wie war unser Besuch? Grüße");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("survey@nps.example.org", "Müller & Söhne",
                StandardCharsets.UTF_8.name()));
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        MimeMultipart alternatives = (MimeMultipart) received.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("Grüße, Ihr Team");
        assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo("<p>Grüße, Ihr Team</p>");
    }

    @Test
    void attachmentTravelsBesideTheText() throws Exception {
        byte[] pdf = "%PDF-1.7 a report".getBytes(StandardCharsets.US_ASCII);

        mailer("nps", "secret").send(mail("manager@example.org",
                List.of(new Attachment("north-west-2026-11.pdf", "application/pdf", pdf))));

        MimeMultipart mixed = (MimeMultipart) onlyMessage().getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getContentType())
                .startsWith("multipart/alternative");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("north-west-2026-11.pdf");
        assertThat(file.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void serverThatCannotBeReachedIsAServerFailure() throws IOException {
        Mailer mailer = new Mailer(new MailSettings("127.0.0.1", closedPort(), null, null,
                "survey@nps.example.org", false));

        assertThatThrownBy(() -> mailer.send(mail("kunde@example.org", List.of())))
                .isInstanceOf(MailDeliveryException.class)
                .satisfies(e -> assertThat(((MailDeliveryException) e).recipientRefused()).isFalse())
                .hasMessageStartingWith("The mail server could not be used");
    }

    @Test
    void wrongLoginIsAServerFailure() {
        assertThatThrownBy(() -> mailer("nps", "wrong").send(mail("kunde@example.org", List.of())))
                .isInstanceOf(MailDeliveryException.class)
                .satisfies(e -> assertThat(((MailDeliveryException) e).recipientRefused()).isFalse());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void addressNoServerCouldDeliverToIsRefusedWithoutNamingIt() {
        assertThatThrownBy(() -> mailer("nps", "secret").send(mail("two words@example.org", List.of())))
                .isInstanceOf(MailDeliveryException.class)
                .satisfies(e -> assertThat(((MailDeliveryException) e).recipientRefused()).isTrue())
                .message().doesNotContain("two words");
    }

    @Test
    void withoutAHostNothingCanBeSent() {
        Mailer mailer = new Mailer(MailSettings.notConfigured());

        assertThat(mailer.isConfigured()).isFalse();
        assertThatThrownBy(() -> mailer.send(mail("kunde@example.org", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NPS_SMTP_HOST");
    }

    @Test
    void settingsNeverShowThePassword() {
        MailSettings settings = new MailSettings("smtp.example.org", 587, "nps", "s3cret", "a@example.org", true);

        assertThat(settings.toString()).doesNotContain("s3cret").contains("smtp.example.org:587", "STARTTLS");
    }

    private static Mailer mailer(String user, String password) {
        return new Mailer(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), user, password,
                "survey@nps.example.org", false));
    }

    private static OutgoingMail mail(String to, List<Attachment> attachments) {
        return new OutgoingMail(to, "Müller & Söhne", "Wie war unser Besuch?\r\nGrüße", "Grüße, Ihr Team",
                "<p>Grüße, Ihr Team</p>", Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), attachments);
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
