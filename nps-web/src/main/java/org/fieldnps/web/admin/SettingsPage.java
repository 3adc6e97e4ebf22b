package org.fieldnps.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.settings.OrganisationSettings;
import org.fieldnps.persistence.settings.Settings;

/**
 * The settings page: the company's name, the scoring cut-offs and when customers are asked. The
 * form holds what the admin typed; the rules themselves are checked by the scoring policy and the
 * survey rules, and a refused value keeps everything as it was.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "settings";
    private static final Set<String> FIELDS = Set.of("companyName", "promoterMinimum", "detractorMaximum",
            "fatigueDays", "reminderDays", "expiryDays", "changeWindowMinutes");

    @Inject
    private Settings settings;

    private String companyName;
    private int promoterMinimum;
    private int detractorMaximum;
    private int fatigueDays;
    private int reminderDays;
    private int expiryDays;
    private int changeWindowMinutes;

    @PostConstruct
    void showCurrent() {
        show(settings.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ScoringPolicy scoringPolicy = new ScoringPolicy(promoterMinimum, detractorMaximum);
            SurveyRules surveyRules = new SurveyRules(fatigueDays, reminderDays, expiryDays, changeWindowMinutes);

            show(settings.change(companyName, scoringPolicy, surveyRules));

            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Settings saved. They apply from"
                    + " now on: to the figures on every page and to the next invitations.", null));
        } catch (BusinessRuleException refused) {
            String field = FIELDS.contains(refused.field()) ? FORM + ":" + refused.field() : null;
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Nothing was saved. Correct the value marked below and save again.", null));
            faces.validationFailed();
        }
    }

    private void show(OrganisationSettings current) {
        companyName = current.getCompanyName();
        ScoringPolicy scoringPolicy = current.scoringPolicy();
        promoterMinimum = scoringPolicy.promoterMinimum();
        detractorMaximum = scoringPolicy.detractorMaximum();
        SurveyRules surveyRules = current.surveyRules();
        fatigueDays = surveyRules.fatigueDays();
        reminderDays = surveyRules.reminderDays();
        expiryDays = surveyRules.expiryDays();
        changeWindowMinutes = surveyRules.changeWindowMinutes();
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public int getPromoterMinimum() {
        return promoterMinimum;
    }

    public void setPromoterMinimum(int promoterMinimum) {
        this.promoterMinimum = promoterMinimum;
    }

    public int getDetractorMaximum() {
        return detractorMaximum;
    }

    public void setDetractorMaximum(int detractorMaximum) {
        this.detractorMaximum = detractorMaximum;
    }

    public int getFatigueDays() {
        return fatigueDays;
    }

    public void setFatigueDays(int fatigueDays) {
        this.fatigueDays = fatigueDays;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(int reminderDays) {
        this.reminderDays = reminderDays;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(int expiryDays) {
        this.expiryDays = expiryDays;
    }

    public int getChangeWindowMinutes() {
        return changeWindowMinutes;
    }

    public void setChangeWindowMinutes(int changeWindowMinutes) {
        this.changeWindowMinutes = changeWindowMinutes;
    }
}
