package org.fieldnps.persistence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.domain.scoring.ScoringPolicy;

/** Reads and changes the organisation-wide settings. */
@ApplicationScoped
public class Settings {

    private static final Logger LOGGER = Logger.getLogger(Settings.class.getName());

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    protected Settings() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public Settings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The single settings row; the first migration creates it, so it is always there. */
    public OrganisationSettings current() {
        return entityManager.find(OrganisationSettings.class, OrganisationSettings.SINGLE_ROW_ID);
    }

    public ScoringPolicy scoringPolicy() {
        return current().scoringPolicy();
    }

    public SurveyRules surveyRules() {
        return current().surveyRules();
    }

    /**
     * Changes the company's name, the scoring cut-offs and the survey rules at once: the policy
     * and the rules have checked themselves when they were made, and a bad name changes nothing.
     */
    @Transactional
    public OrganisationSettings change(String companyName, ScoringPolicy scoringPolicy, SurveyRules surveyRules) {
        OrganisationSettings settings = current();
        settings.rename(companyName);
        settings.changeScoringPolicy(scoringPolicy);
        settings.changeSurveyRules(surveyRules);
        LOGGER.info(() -> "Organisation settings changed: promoters from " + scoringPolicy.promoterMinimum()
                + ", detractors to " + scoringPolicy.detractorMaximum() + ", " + surveyRules);
        return settings;
    }
}
