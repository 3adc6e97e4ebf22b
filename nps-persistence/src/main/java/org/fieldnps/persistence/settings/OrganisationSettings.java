package org.fieldnps.persistence.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fieldnps.domain.scoring.ScoringPolicy;

/** The settings that hold for the whole organisation: a single row. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {

    static final long SINGLE_ROW_ID = 1L;

    @Id
    private Long id;

    @Column(name = "company_name", nullable = false, length = 120)
    private String companyName;

    @Column(name = "promoter_minimum", nullable = false)
    private int promoterMinimum;

    @Column(name = "detractor_maximum", nullable = false)
    private int detractorMaximum;

    protected OrganisationSettings() {
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

    public void rename(String newCompanyName) {
        this.companyName = newCompanyName;
    }
}
