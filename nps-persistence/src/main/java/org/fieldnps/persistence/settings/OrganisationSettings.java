package org.fieldnps.persistence.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.domain.scoring.ScoringPolicy;

/** The settings that hold for the whole organisation: a single row. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {

    static final int COMPANY_NAME_LENGTH = 120;

    static final long SINGLE_ROW_ID = 1L;

    @Id
    private Long id;

    @Column(name = "company_name", nullable = false, length = COMPANY_NAME_LENGTH)
    private String companyName;

    @Column(name = "promoter_minimum", nullable = false)
    private int promoterMinimum;

    @Column(name = "detractor_maximum", nullable = false)
    private int detractorMaximum;

    @Column(name = "fatigue_days", nullable = false)
    private int fatigueDays;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "change_window_minutes", nullable = false)
    private int changeWindowMinutes;

    protected OrganisationSettings() {
    }

    public SurveyRules surveyRules() {
        return new SurveyRules(fatigueDays, reminderDays, expiryDays, changeWindowMinutes);
    }

    /** Changes when customers are asked; the rules refuse impossible combinations first. */
    public void changeSurveyRules(SurveyRules rules) {
        this.fatigueDays = rules.fatigueDays();
        this.reminderDays = rules.reminderDays();
        this.expiryDays = rules.expiryDays();
        this.changeWindowMinutes = rules.changeWindowMinutes();
    }

    public ScoringPolicy scoringPolicy() {
        return new ScoringPolicy(promoterMinimum, detractorMaximum);
    }

    /** Moves the cut-offs; the policy refuses impossible combinations before anything changes. */
    public void changeScoringPolicy(ScoringPolicy policy) {
        this.promoterMinimum = policy.promoterMinimum();
        this.detractorMaximum = policy.detractorMaximum();
    }

    public String getCompanyName() {
        return companyName;
    }

    /** The name customers see in mails and on the survey page: not blank, at most 120 characters. */
    public void rename(String newCompanyName) {
        String name = newCompanyName == null ? "" : newCompanyName.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("companyName", "Give the company's name: customers see it in"
                    + " every invitation and on the survey page.");
        }
        if (name.length() > COMPANY_NAME_LENGTH) {
            throw new InvalidInputException("companyName", "The company's name may have at most "
                    + COMPANY_NAME_LENGTH + " characters; this one has " + name.length() + ".");
        }
        this.companyName = name;
    }
}
