package org.fieldnps.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldnps.reporting.figures.Figure;

/**
 * The geometry of a trend drawn as inline SVG on the server: NPS per week or month as a line,
 * its 95% interval as a band behind it, the target as a dashed line. Drawn on the server so that
 * it shows without script, updates with the rest of the figures, and can be checked in a test.
 * Weeks or months without answers leave a gap rather than a misleading zero.
 */
public final class TrendChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 230;

    private static final double LEFT = 44;
    private static final double RIGHT = 24;
    private static final double TOP = 12;
    private static final double BOTTOM = 30;
    private static final int MAXIMUM_X_LABELS = 8;

    private final List<Point> points = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final List<Point> labelled = new ArrayList<>();
    private final String linePath;
    private final String bandPath;
    private final String targetY;
    private final double bottom;
    private final double top;

    /**
     * @param figures one figure per week or month, in order
     * @param target  the target NPS to draw, or null for none
     */
    public TrendChart(List<Figure> figures, Integer target) {
        double lowest = target == null ? 0 : target;
        double highest = lowest;
        for (Figure figure : figures) {
            if (figure.estimate().hasRespondents()) {
                lowest = Math.min(lowest, figure.low());
                highest = Math.max(highest, figure.high());
            }
        }
        bottom = Math.max(-100, Math.floor((lowest - 5) / 20) * 20);
        top = Math.min(100, Math.ceil((highest + 5) / 20) * 20);
        for (double value = bottom; value <= top; value += top - bottom > 120 ? 40 : 20) {
            ticks.add(new Tick(format(y(value)), signed(value)));
        }

        double step = figures.size() > 1 ? (WIDTH - LEFT - RIGHT) / (figures.size() - 1) : 0;
        int labelEvery = Math.max(1, (int) Math.ceil(figures.size() / (double) MAXIMUM_X_LABELS));
        StringBuilder line = new StringBuilder();
        StringBuilder band = new StringBuilder();
        List<double[]> segment = new ArrayList<>();
        boolean gap = true;
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            double x = figures.size() > 1 ? LEFT + i * step : (LEFT + WIDTH - RIGHT) / 2;
            Point point = new Point(format(x), figure.estimate().hasRespondents() ? format(y(figure.nps())) : null,
                    shortLabel(figure), figure);
            points.add(point);
            if (i % labelEvery == 0) {
                labelled.add(point);
            }
            if (!figure.estimate().hasRespondents()) {
                gap = true;
                closeBand(band, segment);
                continue;
            }
            line.append(gap ? "M" : "L").append(format(x)).append(',').append(format(y(figure.nps())));
            segment.add(new double[] {x, y(figure.high()), y(figure.low())});
            gap = false;
        }
        closeBand(band, segment);
        linePath = line.toString();
        bandPath = band.toString();
        targetY = target == null ? null : format(y(target));
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public List<Point> getPoints() {
        return points;
    }

    public List<Point> getLabelledPoints() {
        return labelled;
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    public String getLinePath() {
        return linePath;
    }

    public String getBandPath() {
        return bandPath;
    }

    public String getTargetY() {
        return targetY;
    }

    public String getLeft() {
        return format(LEFT);
    }

    public String getRight() {
        return format(WIDTH - RIGHT);
    }

    public String getAxisY() {
        return format(HEIGHT - BOTTOM);
    }

    public String getLabelY() {
        return format(HEIGHT - BOTTOM + 18);
    }

    public String getZeroY() {
        return bottom <= 0 && top >= 0 ? format(y(0)) : null;
    }

    public boolean isEmpty() {
        return linePath.isEmpty();
    }

    private double y(double nps) {
        double clipped = Math.max(bottom, Math.min(top, nps));
        return TOP + (top - clipped) / (top - bottom) * (HEIGHT - TOP - BOTTOM);
    }

    /** Adds the band of one unbroken run of points: along the highs, back along the lows. */
    private static void closeBand(StringBuilder band, List<double[]> segment) {
        if (segment.isEmpty()) {
            return;
        }
        if (segment.size() == 1) {
            double[] only = segment.getFirst();
            segment.add(new double[] {only[0] + 0.01, only[1], only[2]});
        }
        for (int i = 0; i < segment.size(); i++) {
            double[] point = segment.get(i);
            band.append(i == 0 ? "M" : "L").append(format(point[0])).append(',').append(format(point[1]));
        }
        for (int i = segment.size() - 1; i >= 0; i--) {
            double[] point = segment.get(i);
            band.append('L').append(format(point[0])).append(',').append(format(point[2]));
        }
        band.append('Z');
        segment.clear();
    }

    private static String shortLabel(Figure figure) {
        String key = figure.key();
        if (key.length() == 10) {
            return key.substring(8) + "/" + key.substring(5, 7);
        }
        return figure.label().replaceFirst(" (\\d\\d)(\\d\\d)$", " $2");
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String signed(double value) {
        long rounded = Math.round(value);
        return rounded > 0 ? "+" + rounded : Long.toString(rounded);
    }

    /** A point of the line; {@code y} is null for a week or month without answers. */
    public record Point(String x, String y, String label, Figure figure) {
    }

    /** A line across the chart at an NPS value, with its label on the axis. */
    public record Tick(String y, String label) {
    }
}
