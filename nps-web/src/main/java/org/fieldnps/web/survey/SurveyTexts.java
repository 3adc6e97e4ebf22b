package org.fieldnps.web.survey;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages the survey pages speak and their words, from the resource bundle
 * {@value #BUNDLE}. English is the base bundle and the fallback for any other language.
 *
 * <p>The bundle is looked up without the JDK's fallback to the server's default locale: with the
 * usual lookup, an English page on a server whose default locale is German would come out in
 * German, as no {@code _en} bundle exists.
 */
final class SurveyTexts {

    static final String BUNDLE = "org.fieldnps.web.survey.SurveyText";
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SurveyTexts() {
    }

    /** The page language for a customer's language code; English unless the code is one we speak. */
    static Locale forLanguage(String language) {
        return LANGUAGES.stream()
                .filter(locale -> locale.getLanguage().equalsIgnoreCase(language))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The first language we speak among a browser's preferred ones, for pages that know no customer. */
    static Locale forBrowser(Enumeration<Locale> preferred) {
        while (preferred != null && preferred.hasMoreElements()) {
            String language = preferred.nextElement().getLanguage();
            for (Locale locale : LANGUAGES) {
                if (locale.getLanguage().equals(language)) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
