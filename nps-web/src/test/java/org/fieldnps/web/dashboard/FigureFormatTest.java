package org.fieldnps.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fieldnps.domain.statistics.CategoryCounts;
import org.fieldnps.domain.statistics.NpsEstimate;
import org.fieldnps.domain.statistics.ShrunkEstimate;
import org.fieldnps.reporting.figures.Target;
import org.junit.jupiter.api.Test;

/** An NPS beside its target never reads as met when it is missed. */
class FigureFormatTest {

    private static final FigureFormat FORMAT = new FigureFormat();
    private static final Target FORTY = new Target(40, "organisation");

    @Test
    void aNarrowMissIsWrittenToATenthRoundedDown() {
        assertEquals("+39.6", FORMAT.nps(estimate(300, 98, 102), FORTY));
        assertEquals("+39.9", FORMAT.nps(estimate(1500, 499, 501), FORTY));
        assertEquals("-0.4", FORMAT.nps(estimate(100, 49, 101), new Target(0, "team")));
        assertEquals("+39.5", FORMAT.nps(new ShrunkEstimate(80, 39.5, 20, 55, 41), FORTY));
    }

    @Test
    void otherwiseTheNpsIsAWholeNumber() {
        assertEquals("+40", FORMAT.nps(estimate(300, 100, 100), FORTY));
        assertEquals("+40", FORMAT.nps(estimate(3020, 980, 1000), FORTY));
        assertEquals("+39", FORMAT.nps(estimate(297, 100, 103), FORTY));
        assertEquals("+40", FORMAT.nps(estimate(300, 98, 102), new Target(30, "region")));
        assertEquals("–", FORMAT.nps(estimate(0, 0, 0), FORTY));
    }

    private static NpsEstimate estimate(long promoters, long passives, long detractors) {
        return NpsEstimate.of(new CategoryCounts(promoters, passives, detractors));
    }
}
