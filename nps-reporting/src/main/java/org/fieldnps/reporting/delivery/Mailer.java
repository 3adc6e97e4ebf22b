package org.fieldnps.reporting.delivery;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail over SMTP as {@code NPS_SMTP_*} configures it, through the Jakarta Mail of the
 * server. Each mail is its own connection: mail leaves in small numbers, and a fresh connection
 * cannot be one the server has quietly dropped.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOGGER = Logger.getLogger(Mailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Inject
    @ConfigProperty(name = "nps.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "nps.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "nps.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "nps.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "nps.smtp.from", defaultValue = MailSettings.DEFAULT_FROM)
    private String from;

    @Inject
    @ConfigProperty(name = "nps.smtp.starttls", defaultValue = "false")
    private boolean startTls;

    private MailSettings settings;
    private Session session;

    protected Mailer() {
    }

    /** For use outside the container, with settings the caller gives. */
    public Mailer(MailSettings settings) {
        use(settings);
    }

    @PostConstruct
    void readConfiguration() {
        use(new MailSettings(host.filter(h -> !h.isBlank()).orElse(null), port, user.orElse(null),
                password.orElse(null), from, startTls));
        LOGGER.log(Level.INFO, "Outgoing mail: {0}", settings);
    }

    /** Whether a server is configured; without one nothing can be sent and mail waits. */
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /**
     * Sends one mail and returns once the server has taken it.
     *
     * @throws MailDeliveryException when the server was not reached or did not take the mail
     * @throws IllegalStateException when no server is configured: ask {@link #isConfigured()} first
     */
    public void send(OutgoingMail mail) throws MailDeliveryException {
        if (!isConfigured()) {
            throw new IllegalStateException("Mail is not configured: set NPS_SMTP_HOST");
        }

        MimeMessage message;
        try {
            message = compose(mail);
        } catch (AddressException e) {
            throw MailDeliveryException.recipientRefused(e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("A mail could not be composed", e);
        }

        try {
            Transport.send(message);
        } catch (SendFailedException e) {
            throw namesAddresses(e)
                    ? MailDeliveryException.recipientRefused(e)
                    : MailDeliveryException.serverFailed(e);
        } catch (MessagingException e) {
            throw MailDeliveryException.serverFailed(e);
        }
    }

    private MimeMessage compose(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender(mail.fromName()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(withoutLineBreaks(mail.subject()), UTF_8);
        message.setSentDate(new Date());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }

        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8, "plain");
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        alternatives.addBodyPart(html);

        if (mail.attachments().isEmpty()) {
            message.setContent(alternatives);
        } else {
            message.setContent(withAttachments(alternatives, mail));
        }
        return message;
    }

    private static MimeMultipart withAttachments(MimeMultipart alternatives, OutgoingMail mail)
            throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        mixed.addBodyPart(body);
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** The configured sender, shown under the given name unless the configuration names one. */
    private InternetAddress sender(String fromName) throws AddressException, UnsupportedEncodingException {
        InternetAddress sender = new InternetAddress(settings.from(), true);
        if (sender.getPersonal() == null && fromName != null && !fromName.isBlank()) {
            sender.setPersonal(withoutLineBreaks(fromName), UTF_8);
        }
        return sender;
    }

    private void use(MailSettings newSettings) {
        this.settings = newSettings;
        if (!newSettings.isConfigured()) {
            this.session = null;
            return;
        }
        Authenticator login = !newSettings.authenticates() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(newSettings.user(), newSettings.password());
            }
        };
        this.session = Session.getInstance(newSettings.sessionProperties(), login);
    }

    /** Whether the server turned down particular recipients rather than the mail as a whole. */
    private static boolean namesAddresses(SendFailedException e) {
        return hasAny(e.getInvalidAddresses())
                || hasAny(e.getValidUnsentAddresses()) && !hasAny(e.getValidSentAddresses());
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }

    private static String withoutLineBreaks(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
