package uk.foi.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG on the server ({@code chart.jte}): no script, no image to fetch. The chart is
 * hidden from screen readers; the same numbers are in a table beside it, which is what they read (GOV.UK's guidance on
 * charts: give the data as a table too).
 *
 * @param id      the chart's id, for the table's caption
 * @param caption what it shows
 * @param bars    the bars, in order
 */
public record Chart(String id, String caption, List<Bar> bars) {

    /** Where bars start: the labels' column. */
    public static final int LABEL_WIDTH = 260;
    /** The longest bar. */
    public static final int BAR_WIDTH = 340;
    /** One row. */
    public static final int ROW = 32;

    /**
     * @param label what it counts
     * @param value how many
     * @param width its length in the chart, in pixels
     */
    public record Bar(String label, long value, int width) {
    }

    /**
     * @param id      the chart's id
     * @param caption what it shows
     * @param values  label to count, in the order to draw
     * @return the chart, each bar's length in proportion to the largest
     */
    public static Chart of(String id, String caption, Map<String, ? extends Number> values) {
        long max = values.values().stream().mapToLong(Number::longValue).max().orElse(0);
        return new Chart(id, caption, values.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue().longValue(),
                max == 0 ? 0 : (int) Math.round(BAR_WIDTH * e.getValue().doubleValue() / max))).toList());
    }

    /**
     * @param id      the chart's id
     * @param caption what it shows
     * @param values  label to count
     * @param most    how many bars at most
     * @return the largest counts first, at most {@code most}
     */
    public static Chart largest(String id, String caption, Map<String, ? extends Number> values, int most) {
        Map<String, Number> top = new java.util.LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ? extends Number> e) -> e.getValue().longValue())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(most).forEach(e -> top.put(e.getKey(), e.getValue()));
        return of(id, caption, top);
    }

    /** @return the SVG's height */
    public int height() {
        return Math.max(1, bars.size()) * ROW + 8;
    }

    /** @return the SVG's width */
    public int width() {
        return LABEL_WIDTH + BAR_WIDTH + 60;
    }
}
