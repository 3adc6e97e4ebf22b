package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;
import org.fieldnps.reporting.dashboard.GroupFigures;
import org.fieldnps.reporting.dashboard.NpsFigures;
import org.fieldnps.reporting.dashboard.ReportingPeriod;
import org.fieldnps.reporting.dashboard.ScopeSummary;
import org.fieldnps.web.security.CurrentUser;

/**
 * The dashboard: the logged-in manager's scope over the last 90 days. The figures come from the
 * reporting module; this bean only puts them into words and chart data.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final int PERIOD_DAYS = 90;

    private static final String PROMOTER_COLOUR = "#2e7d32";
    private static final String PASSIVE_COLOUR = "#f9a825";
    private static final String DETRACTOR_COLOUR = "#c62828";

    @Inject
    private NpsFigures figures;

    @Inject
    private CurrentUser currentUser;

    private ScopeSummary summary;
    private final LocalTime computedAt = LocalTime.now(ZoneOffset.UTC);

    public ScopeSummary getSummary() {
        if (summary == null) {
            summary = figures.summarise(currentUser.getScope(),
                    ReportingPeriod.lastDays(PERIOD_DAYS, Clock.systemUTC()));
        }
        return summary;
    }

    /** When the figures were computed, so that a manager sees that live updates arrive. */
    public String getUpdatedAt() {
        return computedAt.truncatedTo(ChronoUnit.SECONDS) + " UTC";
    }

    /** An NPS as managers read it: whole points with a sign, "+32", "-5", or "–" without answers. */
    public String nps(NpsEstimate estimate) {
        if (!estimate.hasRespondents()) {
            return "–";
        }
        long rounded = Math.round(estimate.nps());
        return rounded > 0 ? "+" + rounded : Long.toString(rounded);
    }

    public String margin(NpsEstimate estimate) {
        return estimate.hasRespondents() ? String.format(Locale.ROOT, "±%.1f", estimate.marginOfError()) : "";
    }

    public String interval(NpsEstimate estimate) {
        return estimate.hasRespondents()
                ? String.format(Locale.ROOT, "%.0f to %.0f", estimate.low(), estimate.high())
                : "";
    }

    public String share(long part, CategoryCounts counts) {
        return counts.total() == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / counts.total());
    }

    /** The promoter, passive and detractor split as a Chart.js doughnut. */
    public String getSplitChart() {
        CategoryCounts counts = getSummary().counts();
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add("Promoters").add("Passives").add("Detractors"))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder()
                                        .add(counts.promoters()).add(counts.passives()).add(counts.detractors()))
                                .add("backgroundColor", Json.createArrayBuilder()
                                        .add(PROMOTER_COLOUR).add(PASSIVE_COLOUR).add(DETRACTOR_COLOUR)))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build()
                .toString();
    }

    /** NPS of each part one level down as a Chart.js bar chart, coloured by sign. */
    public String getPartsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (GroupFigures part : getSummary().parts()) {
            labels.add(part.name());
            if (part.estimate().hasRespondents()) {
                double nps = Math.round(part.estimate().nps() * 10) / 10.0;
                values.add(nps);
                colours.add(nps >= 0 ? PROMOTER_COLOUR : DETRACTOR_COLOUR);
            } else {
                values.addNull();
                colours.add(PASSIVE_COLOUR);
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "NPS")
                                .add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", -100).add("max", 100))))
                .build()
                .toString();
    }
}
