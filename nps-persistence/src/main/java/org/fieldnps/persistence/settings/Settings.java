package org.fieldnps.persistence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.domain.scoring.ScoringPolicy;

/** Reads and changes the organisation-wide settings. */
@ApplicationScoped
public class Settings {

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
}
