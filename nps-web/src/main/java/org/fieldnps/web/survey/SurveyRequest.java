package org.fieldnps.web.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fieldnps.persistence.capture.SurveyPages;
import org.fieldnps.persistence.capture.SurveyView;

/**
 * The survey link of the current request, as every survey page and the shared template see it:
 * the token {@link SurveyRoutes} took from the address, what {@link SurveyPages} says the link
 * may show, and the language and words to show it in. It reads the link once per request, and
 * again only when a page has just changed it.
 */
@Named("survey")
@RequestScoped
public class SurveyRequest {

    /** The request attribute {@link SurveyRoutes} leaves the token in, or {@code null} for no token. */
    static final String TOKEN = SurveyRequest.class.getName() + ".token";
    /** The request attribute that marks a request the survey pages failed to serve. */
    static final String TROUBLE = SurveyRequest.class.getName() + ".trouble";

    private static final String SERVICE_TYPE_PREFIX = "service.";

    @Inject
    private SurveyPages pages;

    @Inject
    private HttpServletRequest request;

    private SurveyView view;
    private Locale locale;
    private ResourceBundle text;

    /** What the link shows; an unknown link on a request that already failed, so as not to fail again. */
    public SurveyView getView() {
        if (view == null) {
            view = request.getAttribute(TROUBLE) != null
                    ? SurveyView.unknown(null)
                    : pages.show(getToken());
        }
        return view;
    }

    /** Forgets what was read, after a page changed the answer or the subscription. */
    void reload() {
        view = null;
    }

    public String getToken() {
        return (String) request.getAttribute(TOKEN);
    }

    /** The customer's language, or the browser's for a link that names no customer. */
    public Locale getLocale() {
        if (locale == null) {
            SurveyView shown = getView();
            locale = shown.isKnown()
                    ? SurveyTexts.forLanguage(shown.language())
                    : SurveyTexts.forBrowser(request.getLocales());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public ResourceBundle getText() {
        if (text == null) {
            text = SurveyTexts.bundle(getLocale());
        }
        return text;
    }

    public String getCompanyName() {
        return getView().companyName();
    }

    /** The kind of visit in the customer's language where we have a word for it, else as an admin named it. */
    public String getServiceLabel() {
        SurveyView shown = getView();
        String key = SERVICE_TYPE_PREFIX + shown.serviceTypeCode();
        return getText().containsKey(key) ? getText().getString(key) : shown.serviceTypeName();
    }

    /**
     * The day of the visit, written the way the customer's language writes dates. Times are kept in
     * the server's time zone (see the first migration), so the day is taken there too.
     */
    public String getVisitDate() {
        return DateTimeFormatter.ofPattern(getText().getString("visit.datePattern"), getLocale())
                .format(getView().visitedAt().atZone(ZoneId.systemDefault()));
    }

    /** The address of the survey page, where its forms post to. */
    public String getSurveyUrl() {
        return request.getContextPath() + "/s/" + getToken();
    }

    public String getUnsubscribeUrl() {
        return getSurveyUrl() + "/unsubscribe";
    }
}
