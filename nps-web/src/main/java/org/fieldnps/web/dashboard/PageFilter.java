package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.reporting.figures.FigureFilter;

/**
 * The period and filter parameters of a portal page, bound to its URL with {@code f:viewParam}
 * and read into the reporting module's filter. A value
 * that cannot be read becomes a message naming the field, never a stack trace.
 */
@Named
@RequestScoped
public class PageFilter {

    private static final Map<String, String> LABELS = Map.of(
            "period", "Period", "from", "From", "to", "To", "region", "Region", "team", "Team",
            "engineer", "Engineer", "serviceType", "Service type", "tier", "Customer tier",
            "channel", "Channel");

    @Inject
    private FacesContext facesContext;

    private String period;
    private String from;
    private String to;
    private String region;
    private String team;
    private String engineer;
    private String serviceType;
    private String tier;
    private String channel;

    private boolean parsed;
    private FigureFilter filter;

    /**
     * The filter the parameters name, or null after telling the user, once, what is wrong with
     * them. Read on first use, after the view parameters or the live refresh have set the values.
     */
    public FigureFilter getFilter() {
        if (!parsed) {
            parsed = true;
            try {
                filter = state().filter(Clock.systemUTC());
            } catch (InvalidInputException invalid) {
                tell(invalid);
            }
        }
        return filter;
    }

    /** Drops the filter after the figures refused it, so that the page shows none. */
    void refuse(InvalidInputException invalid) {
        filter = null;
        tell(invalid);
    }

    private void tell(InvalidInputException invalid) {
        String label = invalid.field() == null ? "Filter" : LABELS.getOrDefault(invalid.field(), invalid.field());
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ":",
                invalid.getMessage()));
    }

    /** The page's state as URL parameters, for links that change one thing and keep the rest. */
    public PageParameters state() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        values.put("from", from);
        values.put("to", to);
        values.put("region", region);
        values.put("team", team);
        values.put("engineer", engineer);
        values.put("serviceType", serviceType);
        values.put("tier", tier);
        values.put("channel", channel);
        return PageParameters.of(values);
    }

    /** The current parameter value, or the default period's code, for the period picker. */
    public String getPeriodOrDefault() {
        return period == null || period.isBlank()
                ? (from != null && !from.isBlank() ? "custom" : org.fieldnps.reporting.figures.Period.DEFAULT_CODE)
                : period;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
