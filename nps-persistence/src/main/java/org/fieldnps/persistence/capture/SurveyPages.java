package org.fieldnps.persistence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.settings.OrganisationSettings;
import org.fieldnps.persistence.settings.Settings;

/**
 * The read side of the customer's survey page: what state a survey link is in and what its page
 * may show. The page itself decides nothing; it asks here, and writes through
 * {@link FeedbackCapture}, whose rules this mirrors (an answer may change within the change
 * window counted from the first answer; a first answer needs an open invitation).
 *
 * <p>It never throws for a bad link: a missing, malformed or unknown token is a page of its own
 * ({@link SurveyState#UNKNOWN}), as customers mistype and mail systems mangle links.
 */
@ApplicationScoped
@Transactional
public class SurveyPages {

    private static final Logger LOGGER = Logger.getLogger(SurveyPages.class.getName());

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    private Clock clock = Clock.systemUTC();

    protected SurveyPages() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public SurveyPages(EntityManager entityManager, Settings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the page for this token shows now. */
    public SurveyView show(String token) {
        OrganisationSettings organisation = settings.current();
        Optional<Invitation> found = findInvitation(token);
        if (found.isEmpty()) {
            LOGGER.fine("A survey page was asked for with an unknown token");
            return SurveyView.unknown(organisation.getCompanyName());
        }

        Invitation invitation = found.get();
        Job job = invitation.getJob();
        Optional<SurveyResponse> response = findResponse(job);
        Instant now = clock.instant();
        SurveyRules rules = organisation.surveyRules();
        SurveyState state = stateOf(invitation, response, rules, now);

        Customer customer = job.getCustomer();
        return new SurveyView(state, organisation.getCompanyName(), job.getEngineer().getFirstName(),
                job.getServiceType().getCode(), job.getServiceType().getName(), job.getCompletedAt(),
                customer.getLanguage(),
                response.map(r -> r.getScore().value()).orElse(null),
                response.map(SurveyResponse::getReason).orElse(null),
                state == SurveyState.ANSWERED_CHANGEABLE ? changeableUntil(response.get(), rules) : null,
                customer.isOptedOut(), rules.changeWindowMinutes());
    }

    private static SurveyState stateOf(Invitation invitation, Optional<SurveyResponse> response, SurveyRules rules,
            Instant now) {
        if (response.isPresent()) {
            return rules.mayChange(response.get().getReceivedAt(), now)
                    ? SurveyState.ANSWERED_CHANGEABLE
                    : SurveyState.ANSWERED_FINAL;
        }
        return invitation.isOpen(now) ? SurveyState.OPEN : SurveyState.CLOSED;
    }

    private static Instant changeableUntil(SurveyResponse response, SurveyRules rules) {
        return response.getReceivedAt().plus(Duration.ofMinutes(rules.changeWindowMinutes()));
    }

    private Optional<Invitation> findInvitation(String token) {
        if (!SurveyTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return entityManager.createQuery("select i from Invitation i join fetch i.job j join fetch j.engineer"
                        + " join fetch j.serviceType join fetch j.customer where i.token = :token", Invitation.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    private Optional<SurveyResponse> findResponse(Job job) {
        return entityManager.createQuery("select r from SurveyResponse r where r.job = :job", SurveyResponse.class)
                .setParameter("job", job)
                .getResultStream()
                .findFirst();
    }
}
