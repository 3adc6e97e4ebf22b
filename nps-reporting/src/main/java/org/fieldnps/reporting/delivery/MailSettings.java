package org.fieldnps.reporting.delivery;

import java.time.Duration;
import java.util.Properties;

/**
 * How to reach the SMTP server, from {@code NPS_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM} and {@code _STARTTLS}. Without a host mail is not configured.
 *
 * <p>With STARTTLS the connection must become encrypted, and the server must prove its name,
 * before the password is sent; a server that cannot do either is an error, never a silent
 * fallback to plain text.
 *
 * @param host     the SMTP server, or null when mail is not configured
 * @param user     the login, or null for a server that takes mail without one
 * @param from     the sender address, with or without a display name
 */
public record MailSettings(String host, int port, String user, String password, String from,
        boolean startTls) {

    public static final String DEFAULT_FROM = "nps@localhost";

    /** How long to wait for a server to answer at all; a dead one must not hold up a run. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How long one read or write may take once connected. */
    static final Duration IO_TIMEOUT = Duration.ofSeconds(30);

    public static MailSettings notConfigured() {
        return new MailSettings(null, 25, null, null, DEFAULT_FROM, false);
    }

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    boolean authenticates() {
        return user != null && !user.isBlank();
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(IO_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(IO_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Leaves the password out, so that logging the settings gives nothing away. */
    @Override
    public String toString() {
        return "MailSettings[" + (isConfigured() ? host + ":" + port : "not configured")
                + (authenticates() ? ", with login" : "") + (startTls ? ", STARTTLS" : "") + "]";
    }
}
