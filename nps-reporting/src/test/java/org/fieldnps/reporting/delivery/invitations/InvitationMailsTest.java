package org.fieldnps.reporting.delivery.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.fieldnps.persistence.capture.OutgoingInvitation;
import org.fieldnps.reporting.delivery.OutgoingMail;
import org.junit.jupiter.api.Test;

/** The words, links and markup of the invitation and reminder mails. */
class InvitationMailsTest {

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUv-_";
    private static final String BASE = "https://nps.example.org";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Path PREVIEWS = Path.of("target", "mail-preview");

    private final InvitationMails mails = new InvitationMails(BASE + "/", ZoneOffset.UTC);

    @Test
    void htmlOffersElevenScoresEachLinkingToTheSurveyWithThatScore() {
        OutgoingMail mail = mails.compose(invitation("en", false, "Brightwater Field Services"));

        List<String> scoreLinks = links(mail.html()).stream().filter(link -> link.contains("score=")).toList();

        assertThat(scoreLinks).containsExactlyElementsOf(IntStream.rangeClosed(0, 10)
                .mapToObj(score -> BASE + "/s/" + TOKEN + "?score=" + score).toList());
        assertThat(mail.html()).contains(">0</a>", ">10</a>", "title=\"Score 7 out of 10\"");
    }

    @Test
    void englishMailNamesTheCompanyTheVisitAndTheEngineer() {
        OutgoingMail mail = mails.compose(invitation("en", false, "Brightwater Field Services"));

        assertThat(mail.subject()).isEqualTo("Brightwater Field Services: how was our visit on 3 December 2026?");
        assertThat(mail.fromName()).isEqualTo("Brightwater Field Services");
        assertThat(mail.to()).isEqualTo("customer@example.org");
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).contains("How likely are you to recommend Brightwater Field Services to a friend"
                    + " or colleague?", "Repair", "3 December 2026", "Ada", "open until 17 December 2026");
        }
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").doesNotContain("<!--");
        assertThat(mail.text()).contains(BASE + "/s/" + TOKEN + "\n");
    }

    @Test
    void germanCustomerGetsGermanWordsAndTheGermanNameOfTheVisit() {
        OutgoingMail mail = mails.compose(invitation("de", false, "Brightwater Field Services"));

        assertThat(mail.subject()).isEqualTo("Brightwater Field Services: Wie war unser Besuch am 3. Dezember 2026?");
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).contains("Guten Tag,", "Wie wahrscheinlich ist es, dass Sie Brightwater Field Services"
                    + " einem Freund oder Kollegen weiterempfehlen?", "Reparatur", "Ada",
                    "bis zum 17. Dezember 2026", "Keine Umfragen mehr erhalten");
            assertThat(body).doesNotContain("Hello", "How likely");
        }
        assertThat(mail.html()).contains("<html lang=\"de\">", "title=\"Bewertung 7 von 10\"");
    }

    @Test
    void languageWeDoNotWriteInGetsEnglish() {
        OutgoingMail mail = mails.compose(invitation("fr", false, "Brightwater Field Services"));

        assertThat(mail.subject()).startsWith("Brightwater Field Services: how was our visit");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @Test
    void reminderSaysItIsOne() {
        OutgoingMail english = mails.compose(invitation("en", true, "Brightwater"));
        OutgoingMail german = mails.compose(invitation("de", true, "Brightwater"));

        assertThat(english.subject()).isEqualTo("Reminder from Brightwater: how was our visit on 3 December 2026?");
        assertThat(english.text()).contains("A few days ago we asked");
        assertThat(german.subject()).isEqualTo("Erinnerung von Brightwater: Wie war unser Besuch am 3. Dezember 2026?");
        assertThat(german.html()).contains("Vor einigen Tagen haben wir Sie gefragt");
    }

    @Test
    void everyMailCanBeUnsubscribedFromInOneClick() {
        OutgoingMail mail = mails.compose(invitation("en", false, "Brightwater"));

        String unsubscribe = BASE + "/s/" + TOKEN + "/unsubscribe";
        assertThat(mail.headers())
                .containsEntry("List-Unsubscribe", "<" + unsubscribe + ">")
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(links(mail.html())).contains(unsubscribe);
        assertThat(mail.text()).contains("Unsubscribe from these surveys: " + unsubscribe);
    }

    @Test
    void markupInNamesFromOtherSystemsIsShownAsTextNotRun() {
        OutgoingInvitation hostile = new OutgoingInvitation(1, false, TOKEN, "customer@example.org", "en",
                "Smith & Sons <script>alert(1)</script>", "<b>Ada</b>", "custom", "Repair \"deluxe\" 'n' more",
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-17T10:00:00Z"));

        OutgoingMail mail = mails.compose(hostile);

        assertThat(mail.html()).doesNotContain("<script", "<b>Ada", "\"deluxe\"")
                .contains("Smith &amp; Sons &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Ada&lt;/b&gt;",
                        "Repair &quot;deluxe&quot; &#39;n&#39; more");
        assertThat(mail.text()).contains("Smith & Sons <script>alert(1)</script>");
    }

    @Test
    void previewsAreWrittenForALookInABrowser() throws IOException {
        Files.createDirectories(PREVIEWS);
        for (OutgoingMail mail : List.of(
                mails.compose(invitation("en", false, "Brightwater Field Services")),
                mails.compose(invitation("de", true, "Brightwater Field Services")))) {
            String name = mail.subject().startsWith("Erinnerung") ? "reminder-de" : "invitation-en";
            Files.writeString(PREVIEWS.resolve(name + ".html"), mail.html(), StandardCharsets.UTF_8);
            Files.writeString(PREVIEWS.resolve(name + ".txt"), mail.text(), StandardCharsets.UTF_8);
        }

        assertThat(PREVIEWS.resolve("invitation-en.html")).exists();
        assertThat(PREVIEWS.resolve("reminder-de.html")).exists();
    }

    private static OutgoingInvitation invitation(String language, boolean reminder, String company) {
        return new OutgoingInvitation(1, reminder, TOKEN, "customer@example.org", language, company, "Ada",
                "repair", "Repair", Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-17T10:00:00Z"));
    }

    private static List<String> links(String html) {
        Matcher hrefs = HREF.matcher(html);
        return hrefs.results().map(match -> match.group(1)).toList();
    }
}
