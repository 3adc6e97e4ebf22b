package org.fieldnps.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.capture.RegisteredJob;
import org.fieldnps.persistence.customer.Customer;

/**
 * Hands the browser tests survey links, from inside the deployed WAR, as the field-service system
 * would get them: a fresh link of a new customer in a given language (a job registered through
 * {@link FeedbackCapture}), a demo link answered long ago or expired, and the decision for a next
 * job of a link's customer. Only the tests' deployment contains it (see {@link SurveyPageIT}).
 *
 * <p>{@code POST /it/survey-links?language=de}, {@code ?kind=answered} or {@code ?kind=expired}
 * answers a token; {@code ?nextJobOf=TOKEN} answers the invitation decision for a new job.
 */
@WebServlet("/it/survey-links")
public class SurveyLinksForTests extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackCapture capture;

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        String nextJobOf = request.getParameter("nextJobOf");
        String answer;
        if (nextJobOf != null) {
            Customer customer = capture.findInvitationByToken(nextJobOf).orElseThrow().getJob().getCustomer();
            answer = register(new CustomerReport(customer.getFsmId(), customer.getName(), customer.getEmail(), null,
                    customer.getTier().name(), customer.getLanguage())).decision().name();
        } else if (kind != null) {
            answer = demoToken(kind.equals("answered") ? "ANSWERED" : "EXPIRED");
        } else {
            String id = UUID.randomUUID().toString();
            answer = register(new CustomerReport("IT-C-" + id, "Test customer", "it-" + id + "@example.org", null,
                    "standard", request.getParameter("language"))).invitation().getToken();
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    private RegisteredJob register(CustomerReport customer) {
        return capture.registerJob(new JobReport("IT-J-" + UUID.randomUUID(),
                Instant.now().minus(Duration.ofHours(3)), "E001", "repair", null, customer));
    }

    private String demoToken(String state) {
        return entityManager.createQuery("select i.token from Invitation i where i.state = "
                        + "org.fieldnps.persistence.capture.InvitationState." + state
                        + " and i.createdAt < :weekAgo order by i.id", String.class)
                .setParameter("weekAgo", Instant.now().minus(Duration.ofDays(7)))
                .setMaxResults(1)
                .getSingleResult();
    }
}
