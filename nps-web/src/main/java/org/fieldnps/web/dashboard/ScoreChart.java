package org.fieldnps.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.ScoreDistribution;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.domain.statistics.CategoryCounts;

/**
 * The 0-10 distribution as SVG bars coloured by the category each score falls in under the
 * scoring policy, and the promoter/passive/detractor split as one stacked bar; each bar links to
 * the answers behind it.
 */
public final class ScoreChart {

    public static final int WIDTH = 440;
    public static final int HEIGHT = 190;

    private static final double BOTTOM = 24;
    private static final double TOP = 18;
    private static final double GAP = 6;

    private final List<Bar> bars = new ArrayList<>();

    ScoreChart(ScoreDistribution scores, ScoringPolicy policy, IntFunction<String> link) {
        long highest = 1;
        for (int score = 0; score <= 10; score++) {
            highest = Math.max(highest, scores.count(score));
        }
        double slot = WIDTH / 11.0;
        double plot = HEIGHT - TOP - BOTTOM;
        for (int score = 0; score <= 10; score++) {
            long count = scores.count(score);
            double height = plot * count / highest;
            Category category = policy.categoryOf(score);
            bars.add(new Bar(score, count, TrendChart.format(score * slot + GAP / 2),
                    TrendChart.format(HEIGHT - BOTTOM - height), TrendChart.format(slot - GAP),
                    TrendChart.format(height), TrendChart.format(score * slot + slot / 2),
                    TrendChart.format(HEIGHT - BOTTOM - height - 4), css(category), link.apply(score)));
        }
    }

    /** The three categories side by side, widths out of 100; empty categories are left out. */
    static List<Segment> split(CategoryCounts counts, Function<Category, String> link) {
        List<Segment> segments = new ArrayList<>();
        long total = counts.total();
        if (total == 0) {
            return segments;
        }
        double x = 0;
        for (Category category : List.of(Category.PROMOTER, Category.PASSIVE, Category.DETRACTOR)) {
            long count = switch (category) {
                case PROMOTER -> counts.promoters();
                case PASSIVE -> counts.passives();
                case DETRACTOR -> counts.detractors();
            };
            double width = 100.0 * count / total;
            segments.add(new Segment(category, count, String.format(Locale.ROOT, "%.0f%%", width),
                    TrendChart.format(x), TrendChart.format(width), css(category), link.apply(category)));
            x += width;
        }
        return segments;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String getAxisY() {
        return TrendChart.format(HEIGHT - BOTTOM);
    }

    public String getLabelY() {
        return TrendChart.format(HEIGHT - BOTTOM + 16);
    }

    private static String css(Category category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    /** One score's bar, with its count written above it. */
    public record Bar(int score, long count, String x, String y, String width, String height, String middle,
            String countY, String category, String link) {
    }

    /** One category's part of the split bar. */
    public record Segment(Category category, long count, String share, String x, String width, String css,
            String link) {

        public String getLabel() {
            return switch (category) {
                case PROMOTER -> "Promoters";
                case PASSIVE -> "Passives";
                case DETRACTOR -> "Detractors";
            };
        }
    }
}
