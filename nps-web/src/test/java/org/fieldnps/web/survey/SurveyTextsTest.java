package org.fieldnps.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The survey pages' languages: the same words in each, and English for everyone else. */
class SurveyTextsTest {

    @Test
    void everyLanguageHasEveryTextOfItsOwn() throws IOException {
        Set<String> english = keysIn("SurveyText.properties");

        assertEquals(english, keysIn("SurveyText_de.properties"));
    }

    @Test
    void customerLanguagesWeDoNotSpeakGetEnglish() {
        assertEquals(Locale.GERMAN, SurveyTexts.forLanguage("de"));
        assertEquals(Locale.ENGLISH, SurveyTexts.forLanguage("en"));
        assertEquals(Locale.ENGLISH, SurveyTexts.forLanguage("fr"));
        assertEquals(Locale.ENGLISH, SurveyTexts.forLanguage(null));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsGerman() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ResourceBundle.clearCache();

            ResourceBundle text = SurveyTexts.bundle(SurveyTexts.forLanguage("fr"));

            assertEquals("Send my score", text.getString("score.submit"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void pagesWithoutACustomerFollowTheBrowsersFirstLanguageWeSpeak() {
        assertEquals(Locale.GERMAN, SurveyTexts.forBrowser(Collections.enumeration(
                List.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH))));
        assertEquals(Locale.ENGLISH, SurveyTexts.forBrowser(Collections.enumeration(List.of(Locale.JAPANESE))));
        assertEquals(Locale.ENGLISH, SurveyTexts.forBrowser(null));
    }

    /** The keys a bundle file defines itself, without those it would inherit from the base bundle. */
    private static Set<String> keysIn(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = SurveyTexts.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }
}
