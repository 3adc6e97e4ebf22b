package org.fieldnps.web.dashboard;

import java.util.List;
import org.fieldnps.reporting.figures.Figure;

/**
 * A trend small enough for a table row: NPS per week or month as a line on a fixed -100..+100
 * scale, so that rows can be compared at a glance. Weeks or months without answers break the
 * line instead of drawing a zero.
 */
public record Sparkline(String path, String zeroY, String lastX, String lastY, String description) {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 3;

    static Sparkline of(List<Figure> figures) {
        StringBuilder path = new StringBuilder();
        double step = figures.size() > 1 ? (WIDTH - 2 * PAD) / (figures.size() - 1) : 0;
        boolean gap = true;
        String lastX = null;
        String lastY = null;
        int withAnswers = 0;
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (!figure.estimate().hasRespondents()) {
                gap = true;
                continue;
            }
            lastX = TrendChart.format(figures.size() > 1 ? PAD + i * step : WIDTH / 2.0);
            lastY = TrendChart.format(y(figure.nps()));
            path.append(gap ? "M" : "L").append(lastX).append(',').append(lastY);
            gap = false;
            withAnswers++;
        }
        String description = withAnswers == 0 ? "No answers in the period"
                : "NPS in " + withAnswers + " of " + figures.size() + " steps with answers, last "
                        + (figures.isEmpty() ? "" : lastWithAnswers(figures));
        return new Sparkline(path.toString(), TrendChart.format(y(0)), lastX, lastY, description);
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public boolean isEmpty() {
        return path.isEmpty();
    }

    private static String lastWithAnswers(List<Figure> figures) {
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i).estimate().hasRespondents()) {
                return TrendChart.signed(figures.get(i).nps());
            }
        }
        return "";
    }

    private static double y(double nps) {
        return PAD + (100 - nps) / 200 * (HEIGHT - 2 * PAD);
    }
}
