package org.fieldnps.reporting.delivery.invitations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldnps.persistence.capture.OutgoingInvitation;
import org.fieldnps.reporting.delivery.OutgoingMail;

/**
 * Writes the invitation and reminder mails: in the customer's language where we have it and in
 * English otherwise, naming the company, the visit and the engineer's first name, with the
 * question and the eleven scores as links that open the survey page with that score chosen.
 *
 * <p>Opening a link records nothing (mail systems open links to check them); the survey page asks
 * the customer to confirm. Every mail carries an unsubscribe link, and the {@code List-Unsubscribe}
 * headers of RFC 8058 so that mail programs can offer their own one-click button. Everything put
 * into the HTML is escaped: company, service and engineer names come from other systems.
 */
public final class InvitationMails {

    static final List<String> LANGUAGES = List.of("en", "de");

    private static final String BUNDLE = "org.fieldnps.reporting.delivery.invitations.InvitationText";
    private static final String TEMPLATE = "invitation-mail.html";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\R?", Pattern.DOTALL);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseUrl;
    private final ZoneId zone;
    private final String template;

    /**
     * @param baseUrl the public address of the application, {@code NPS_BASE_URL}
     * @param zone    the time zone in which the visit's date is told
     */
    public InvitationMails(String baseUrl, ZoneId zone) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = zone;
        this.template = COMMENT.matcher(readTemplate()).replaceAll("");
    }

    public OutgoingMail compose(OutgoingInvitation invitation) {
        Locale language = languageOf(invitation.language());
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                InvitationMails.class.getClassLoader(), NO_FALLBACK);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(words.getString("date.pattern"), language);
        String company = invitation.companyName();
        String visitDate = dates.format(invitation.completedAt().atZone(zone));
        String closingDate = dates.format(invitation.expiresAt().atZone(zone));
        boolean reminder = invitation.reminder();

        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("language", language.getLanguage());
        texts.put("subject", format(words, reminder ? "subject.reminder" : "subject", company, visitDate));
        texts.put("company", company);
        texts.put("greeting", words.getString("greeting"));
        texts.put("intro", words.getString(reminder ? "intro.reminder" : "intro"));
        texts.put("serviceLabel", words.getString("visit.service"));
        texts.put("service", serviceName(words, invitation));
        texts.put("dateLabel", words.getString("visit.date"));
        texts.put("date", visitDate);
        texts.put("engineerLabel", words.getString("visit.engineer"));
        texts.put("engineer", invitation.engineerFirstName());
        texts.put("question", format(words, "question", company));
        texts.put("scaleLow", words.getString("scale.low"));
        texts.put("scaleHigh", words.getString("scale.high"));
        texts.put("howto", words.getString("howto.html"));
        texts.put("openUntil", format(words, "open.until", closingDate));
        texts.put("footer", format(words, "footer", company, visitDate));
        texts.put("unsubscribe", words.getString("unsubscribe"));
        texts.put("unsubscribeUrl", unsubscribeUrl(invitation.token()));

        String html = fill(template, texts, scoreButtons(words, invitation.token()));
        String text = plainText(words, texts, surveyUrl(invitation.token()));
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + unsubscribeUrl(invitation.token()) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                "Auto-Submitted", "auto-generated");
        return new OutgoingMail(invitation.email(), company, texts.get("subject"), text, html, headers,
                List.of());
    }

    /** The survey page with a score chosen; opening it records nothing. */
    String scoreUrl(String token, int score) {
        return surveyUrl(token) + "?score=" + score;
    }

    String surveyUrl(String token) {
        return baseUrl + "/s/" + token;
    }

    String unsubscribeUrl(String token) {
        return surveyUrl(token) + "/unsubscribe";
    }

    private String scoreButtons(ResourceBundle words, String token) {
        StringBuilder cells = new StringBuilder();
        for (int score = 0; score <= 10; score++) {
            String title = escape(format(words, "score.title", Integer.toString(score)));
            cells.append("                <td align=\"center\" width=\"9%\" style=\"padding:0 2px;\">")
                    .append("<a href=\"").append(escape(scoreUrl(token, score))).append('"')
                    .append(" title=\"").append(title).append("\" aria-label=\"").append(title).append('"')
                    .append(" style=\"display:block;padding:12px 0;border-radius:4px;background-color:#1d4e89;")
                    .append("color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:20px;")
                    .append("font-weight:bold;text-align:center;text-decoration:none;\">")
                    .append(score).append("</a></td>\n");
        }
        return cells.toString().stripTrailing();
    }

    private static String plainText(ResourceBundle words, Map<String, String> texts, String surveyUrl) {
        return String.join("\n",
                texts.get("greeting"),
                "",
                texts.get("intro"),
                "",
                texts.get("serviceLabel") + ": " + texts.get("service"),
                texts.get("dateLabel") + ": " + texts.get("date"),
                texts.get("engineerLabel") + ": " + texts.get("engineer"),
                "",
                texts.get("question"),
                "",
                words.getString("howto.text"),
                surveyUrl,
                "",
                texts.get("openUntil"),
                "",
                "-- ",
                texts.get("footer"),
                texts.get("unsubscribe") + ": " + texts.get("unsubscribeUrl"),
                "");
    }

    /** Puts the texts, escaped, into the template; the score buttons are markup already. */
    private static String fill(String template, Map<String, String> texts, String scoresHtml) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + scoresHtml.length() + 1024);
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String value = "scoresHtml".equals(name) ? scoresHtml : escape(texts.get(name));
            if (value == null) {
                throw new IllegalStateException("The mail template asks for " + name + ", which is missing");
            }
            placeholders.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(html);
        return html.toString();
    }

    /** The organisation's own name for the kind of visit, unless the language has a better word. */
    private static String serviceName(ResourceBundle words, OutgoingInvitation invitation) {
        String key = "service." + invitation.serviceTypeCode().toLowerCase(Locale.ROOT);
        return words.containsKey(key) ? words.getString(key) : invitation.serviceTypeName();
    }

    private static Locale languageOf(String code) {
        return code != null && LANGUAGES.contains(code) ? Locale.of(code) : Locale.ENGLISH;
    }

    private static String format(ResourceBundle words, String key, Object... arguments) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String readTemplate() {
        try (InputStream in = InvitationMails.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The mail template " + TEMPLATE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
