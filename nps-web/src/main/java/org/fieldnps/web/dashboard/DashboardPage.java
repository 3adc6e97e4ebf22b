package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.settings.Settings;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.reporting.figures.Grouping;
import org.fieldnps.reporting.figures.NpsQuery;
import org.fieldnps.reporting.figures.PeriodComparison;
import org.fieldnps.reporting.figures.ResponseRate;
import org.fieldnps.reporting.figures.Target;
import org.fieldnps.web.security.CurrentUser;

/**
 * The dashboard: the NPS of the part of the organisation a manager looks at, over a period and
 * through filters that all live in the URL. The figures come from the reporting module; this bean
 * reads the parameters, asks for the figures and lays them out as chart geometry and links.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final String PAGE = "/index.xhtml";
    static final String RESPONSES_PAGE = "/responses.xhtml";

    /** Periods up to about a quarter are drawn week by week, longer ones month by month. */
    static final long LONGEST_WEEKLY_PERIOD = 92;

    @Inject
    private NpsQuery query;

    @Inject
    private PartFigures partFigures;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ScopeChoices choices;

    @Inject
    private Settings settings;

    @Inject
    private FacesContext facesContext;

    @Inject
    private PageFilter parameters;

    private final LocalTime computedAt = LocalTime.now(ZoneOffset.UTC);

    private boolean loaded;
    private FigureFilter filter;
    private ViewLevel level;
    private PeriodComparison comparison;
    private ResponseRate responseRate;
    private Target target;
    private List<PartRow> parts = List.of();
    private TrendChart trend;
    private Grouping trendGrouping;
    private ScoreChart scoreChart;

    /** Reads the parameters and computes every figure; answers 404 for a part outside the scope. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        AccessScope scope = currentUser.getScope();
        filter = parameters.getFilter();
        if (filter == null) {
            return;
        }
        try {
            level = partFigures.level(scope, filter);
            comparison = query.previousPeriod(scope, filter);
            responseRate = query.responseRate(scope, filter);
            target = query.target(scope, filter);
            trendGrouping = filter.period().days() <= LONGEST_WEEKLY_PERIOD ? Grouping.WEEK : Grouping.MONTH;
            trend = new TrendChart(query.groupedBy(scope, filter, trendGrouping), target.nps());
            parts = partRows(scope);
            scoreChart = new ScoreChart(getFigure().scores(), settings.scoringPolicy(), this::scoreLink);
        } catch (NotFoundException outside) {
            filter = null;
            facesContext.getExternalContext().responseSendError(404, outside.getMessage());
            facesContext.responseComplete();
        } catch (InvalidInputException invalid) {
            filter = null;
            parameters.refuse(invalid);
        }
    }

    private List<PartRow> partRows(AccessScope scope) {
        String contextPath = getContextPath();
        PageParameters state = parameters.state();
        List<PartRow> rows = new ArrayList<>();
        for (PartFigures.Part part : partFigures.parts(scope, filter)) {
            PageParameters inPart = state.with(level.partParameter(), part.figure().key());
            rows.add(new PartRow(part.figure(), inPart.link(contextPath, PAGE),
                    inPart.with("category", "detractor").link(contextPath, RESPONSES_PAGE),
                    part.target(), part.belowTarget()));
        }
        return rows;
    }

    public boolean isValid() {
        return filter != null;
    }

    public FigureFilter getFilter() {
        return filter;
    }

    public ViewLevel getLevel() {
        return level;
    }

    public Figure getFigure() {
        return comparison.current();
    }

    public PeriodComparison getComparison() {
        return comparison;
    }

    public ResponseRate getResponseRate() {
        return responseRate;
    }

    public Target getTarget() {
        return target;
    }

    public boolean isTargetMet() {
        return target.metBy(getFigure().estimate());
    }

    public List<PartRow> getParts() {
        return parts;
    }

    public TrendChart getTrend() {
        return trend;
    }

    public String getTrendLabel() {
        return trendGrouping == Grouping.WEEK ? "week by week" : "month by month";
    }

    public ScoreChart getScoreChart() {
        return scoreChart;
    }

    /** The split into promoters, passives and detractors as one bar, each part linking to its answers. */
    public List<ScoreChart.Segment> getSplit() {
        return ScoreChart.split(getFigure().counts(), this::categoryLink);
    }

    public String getResponseRateText() {
        return String.format(Locale.ROOT, "%.0f%%", 100 * responseRate.rate());
    }

    /** What the change against the previous period says, in words. */
    public String getChangeText() {
        if (!comparison.previous().estimate().hasRespondents()) {
            return "No answers in the previous period to compare with";
        }
        return comparison.comparison().significant()
                ? (comparison.comparison().difference() > 0 ? "Up " : "Down ")
                        + String.format(Locale.ROOT, "%.0f", Math.abs(comparison.comparison().difference()))
                        + " points on the previous period"
                : "No significant change on the previous period";
    }

    public String getChangeStyle() {
        if (!comparison.comparison().significant()) {
            return "change-none";
        }
        return comparison.comparison().difference() > 0 ? "change-up" : "change-down";
    }

    public String getUpdatedAt() {
        return computedAt.truncatedTo(ChronoUnit.SECONDS) + " UTC";
    }

    public List<ScopeChoices.Crumb> getPath() {
        return choices.path(currentUser.getScope(), settings.current().getCompanyName(), parameters.state(),
                getContextPath(), PAGE);
    }

    /** The table of parts as a file, under the same filters as the page. */
    public String exportLink(String format) {
        return parameters.state().link(getContextPath(), PartsExport.PATH + "." + format);
    }

    public String getLeagueLink() {
        return parameters.state().link(getContextPath(), LeaguePage.PAGE);
    }

    public String getDetractorsLink() {
        return categoryLink(Category.DETRACTOR);
    }

    private String categoryLink(Category category) {
        return parameters.state().with("category", category.name().toLowerCase(Locale.ROOT))
                .link(getContextPath(), RESPONSES_PAGE);
    }

    private String scoreLink(int score) {
        return parameters.state().with("score", Integer.toString(score)).link(getContextPath(), RESPONSES_PAGE);
    }

    private String getContextPath() {
        return facesContext.getExternalContext().getRequestContextPath();
    }

    /** One part one level down: its figures, where a click on it leads, and how it does on target. */
    public record PartRow(Figure figure, String link, String detractorsLink, Target target, boolean belowTarget) {

        public boolean isBelowTarget() {
            return belowTarget;
        }

        /** The interval on a -100..100 scale as SVG x positions out of 100, for the row's little bar. */
        public String getLowX() {
            return TrendChart.format((figure.low() + 100) / 2);
        }

        public String getIntervalWidth() {
            return TrendChart.format(Math.max(0.8, (figure.high() - figure.low()) / 2));
        }

        public String getNpsX() {
            return TrendChart.format((figure.nps() + 100) / 2);
        }

        public String getTargetX() {
            return TrendChart.format((target.nps() + 100) / 2);
        }

        /** The detractors' share of the row as the width of its bar, out of 100. */
        public String getDetractorWidth() {
            return figure.n() == 0 ? "0" : TrendChart.format(100.0 * figure.detractors() / figure.n());
        }
    }
}
