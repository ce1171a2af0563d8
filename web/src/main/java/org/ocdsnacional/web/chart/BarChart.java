package org.ocdsnacional.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Horizontal bars, one per row (a method, a category, a top buyer…), drawn by the template as SVG: the label above
 * the bar, the value at its end. Lengths are proportional to the largest value.
 *
 * @param bars   the bars, in the order given
 * @param height the drawing's height in its own units
 */
public record BarChart(List<Bar> bars, int height) {

    /** The drawing's width in its own units. */
    public static final int WIDTH = 600;
    static final int ROW = 44;
    static final int LABEL_WIDTH = 400;

    /**
     * One bar.
     *
     * @param label  what it is
     * @param value  its value, formatted
     * @param url    where it leads (a search narrowed to it), if anywhere
     * @param y      top of its row
     * @param length its length
     */
    public record Bar(String label, String value, Optional<String> url, int y, int length) {

        public int textY() {
            return y + 14;
        }

        public int barY() {
            return y + 20;
        }
    }

    /** What a bar is made of, before layout. */
    public record Item(String label, double amount, String value, Optional<String> url) {
    }

    public static BarChart of(List<Item> items) {
        double max = items.stream().mapToDouble(Item::amount).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int length = max <= 0 ? 0 : (int) Math.max(2, Math.round(item.amount() / max * LABEL_WIDTH));
            bars.add(new Bar(item.label(), item.value(), item.url(), i * ROW, length));
        }
        return new BarChart(List.copyOf(bars), Math.max(ROW, items.size() * ROW));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Where the value is written: after the bar. */
    public static int valueX(Bar bar) {
        return bar.length() + 6;
    }
}
