package org.fieldnps.web.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.domain.capture.ReasonText;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.SurveyView;

/**
 * The survey page: the score, then the optional reason, then thanks.
 *
 * <p>Its forms are plain HTML forms that post to the page's own address, not Faces forms: they
 * work with JavaScript off, carry no view state that could expire while a customer thinks, and
 * are the same requests a mail client or a test could make by hand. {@link #open()} runs before
 * the page is rendered, for GET and POST alike; only a POST, the customer's own submit, records
 * anything. Opening {@code ?score=N} merely chooses N on the page, because mail scanners open
 * every link in a message. No cross-site request forgery token is needed: a forged post would
 * have to know the link's token, which is the secret itself.
 */
@Named
@RequestScoped
public class SurveyPage {

    private static final Logger LOGGER = Logger.getLogger(SurveyPage.class.getName());
    private static final Pattern SCORE = Pattern.compile("10|[0-9]");
    private static final List<Integer> SCALE = IntStream.rangeClosed(0, 10).boxed().toList();

    @Inject
    private SurveyRequest survey;

    @Inject
    private FeedbackCapture capture;

    @Inject
    private FacesContext facesContext;

    private SurveyStep step;
    private Integer chosenScore;
    private String typedReason;
    private boolean scoreMissing;
    private boolean reasonTooLong;
    private boolean changingScore;

    /** Records a submitted answer, or else decides which screen to show; the page's view action. */
    public void open() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        boolean posted = "POST".equals(((HttpServletRequest) external.getRequest()).getMethod());
        if (posted && survey.getView().state().takesAnswers() && submit(external.getRequestParameterValuesMap())) {
            return;
        }
        if (!posted) {
            chosenScore = scoreOf(parameters.get("score"));
        }

        SurveyView view = survey.getView();
        // A score in the address (the email's buttons) or a refused post: the customer is choosing again.
        boolean changeAsked = scoreMissing || parameters.containsKey("change") || chosenScore != null;
        step = SurveyStep.of(view, changeAsked, !posted && parameters.containsKey("thanks"));
        chosenScore = chosenScore == null && !scoreMissing ? view.score() : chosenScore;
        typedReason = typedReason == null ? view.reason() : typedReason;
        changingScore = step == SurveyStep.REASON
                && (scoreMissing || parameters.containsKey("change") || !Objects.equals(chosenScore, view.score()));

        if (step == SurveyStep.NOT_FOUND) {
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (scoreMissing || reasonTooLong) {
            external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * Records the posted answer and sends the browser on to the next step; returns whether it did.
     * A form without a reason field keeps the reason already given, so that the score form sent
     * again (with the back button) does not wipe it. A refusal because the survey closed or the
     * change window passed in the meantime leaves the page to say so.
     */
    private boolean submit(Map<String, String[]> parameters) throws IOException {
        boolean withReason = parameters.containsKey("reason");
        typedReason = withReason ? posted(parameters, "reason") : survey.getView().reason();
        chosenScore = scoreOf(posted(parameters, "score"));
        scoreMissing = chosenScore == null;
        reasonTooLong = typedReason != null && typedReason.strip().length() > ReasonText.MAXIMUM_LENGTH;
        if (scoreMissing || reasonTooLong) {
            return false;
        }

        try {
            capture.answerSurvey(survey.getToken(), chosenScore, typedReason);
        } catch (BusinessRuleException refused) {
            LOGGER.log(Level.FINE, "A survey answer was refused on {0}", refused.field());
            reasonTooLong = "reason".equals(refused.field());
            survey.reload();
            return false;
        }

        facesContext.getExternalContext().redirect(survey.getSurveyUrl() + (withReason ? "?thanks" : ""));
        return true;
    }

    /**
     * The value the form itself posted. A post to an address with {@code ?score=N} has both; the
     * servlet API lists the address's values first, and the form's answer is the one that counts.
     */
    private static String posted(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[values.length - 1];
    }

    private static Integer scoreOf(String text) {
        return text != null && SCORE.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    public String getStep() {
        return step.name();
    }

    public List<Integer> getScale() {
        return SCALE;
    }

    public boolean isChosen(int score) {
        return chosenScore != null && chosenScore == score;
    }

    public Integer getChosenScore() {
        return chosenScore;
    }

    public String getTypedReason() {
        return typedReason;
    }

    public int getReasonMaximum() {
        return ReasonText.MAXIMUM_LENGTH;
    }

    public boolean isScoreMissing() {
        return scoreMissing;
    }

    public boolean isReasonTooLong() {
        return reasonTooLong;
    }

    /** Whether the score on the reason step starts unfolded: the customer came to change it. */
    public boolean isChangingScore() {
        return changingScore;
    }

    /** Whole minutes left to change the answer, at least one while any time is left. */
    public long getMinutesLeft() {
        Instant until = survey.getView().changeableUntil();
        if (until == null) {
            return 0;
        }
        long seconds = Duration.between(Instant.now(), until).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
