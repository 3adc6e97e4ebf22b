package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.fieldnps.domain.statistics.NpsEstimate;
import org.fieldnps.domain.statistics.ShrunkEstimate;
import org.fieldnps.reporting.figures.Target;

/** NPS figures put into the words and signs managers read, the same on every portal page. */
@Named("fmt")
@ApplicationScoped
public class FigureFormat {

    /** "+32", "-5", or "–" without answers. */
    public String nps(NpsEstimate estimate) {
        return estimate.hasRespondents() ? TrendChart.signed(estimate.nps()) : "–";
    }

    /**
     * The NPS as {@link #nps(NpsEstimate)} writes it, but to a tenth, rounded down, when a whole
     * number would reach a target that the NPS misses: "+39.6" beside "Below +40", never "+40".
     */
    public String nps(NpsEstimate estimate, Target target) {
        return estimate.hasRespondents() ? against(estimate.nps(), target) : "–";
    }

    /** The estimate a league is ranked by, written against the row's target as above. */
    public String nps(ShrunkEstimate estimate, Target target) {
        return against(estimate.nps(), target);
    }

    /** A whole NPS such as a target: "+30", "0", "-10". */
    public String signed(int nps) {
        return TrendChart.signed(nps);
    }

    public String nps(ShrunkEstimate estimate) {
        return TrendChart.signed(estimate.nps());
    }

    public String rawNps(ShrunkEstimate estimate) {
        return estimate.hasRespondents() ? TrendChart.signed(estimate.rawNps()) : "–";
    }

    public String margin(NpsEstimate estimate) {
        return estimate.hasRespondents() ? String.format(Locale.ROOT, "±%.0f", estimate.marginOfError()) : "";
    }

    public String interval(NpsEstimate estimate) {
        return estimate.hasRespondents() ? range(estimate.low(), estimate.high()) : "no answers";
    }

    public String interval(ShrunkEstimate estimate) {
        return range(estimate.low(), estimate.high());
    }

    public String share(long part, long total) {
        return total == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / total);
    }

    public String count(long count) {
        return String.format(Locale.UK, "%,d", count);
    }

    public String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f", difference);
    }

    private static String against(double nps, Target target) {
        if (nps < target.nps() && Math.round(nps) >= target.nps()) {
            return String.format(Locale.ROOT, "%+.1f", Math.floor(nps * 10) / 10);
        }
        return TrendChart.signed(nps);
    }

    private static String range(double low, double high) {
        return TrendChart.signed(low) + " to " + TrendChart.signed(high);
    }
}
