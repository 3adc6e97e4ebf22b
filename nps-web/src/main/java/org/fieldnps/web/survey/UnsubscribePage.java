package org.fieldnps.web.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldnps.persistence.capture.FeedbackCapture;

/**
 * The unsubscribe page: one button, "Stop asking me". Opening it changes nothing, as mail
 * scanners open links; a POST to its address opts the customer out. That POST is a plain form
 * post without any Faces view state, so the one-click unsubscribe of RFC 8058 that mail clients
 * send ({@code List-Unsubscribe=One-Click}) is served by the same code as the button, and gets
 * the confirmation page with 200.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    private SurveyRequest survey;

    @Inject
    private FeedbackCapture capture;

    @Inject
    private FacesContext facesContext;

    private boolean justOptedOut;

    /** Opts the customer out on a POST; the page's view action. */
    public void open() {
        ExternalContext external = facesContext.getExternalContext();
        if (!survey.getView().isKnown()) {
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        if ("POST".equals(((HttpServletRequest) external.getRequest()).getMethod())) {
            capture.unsubscribe(survey.getToken());
            justOptedOut = true;
        }
    }

    public boolean isOptedOut() {
        return justOptedOut || survey.getView().optedOut();
    }

    public boolean isJustOptedOut() {
        return justOptedOut;
    }
}
