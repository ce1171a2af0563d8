package org.ocdsnacional.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Vertical columns over time (processes per month, per year), drawn by the template as SVG, with a label under
 * every {@code labelEvery}-th column and horizontal grid lines at round values up to the largest.
 *
 * @param columns the columns, in time order
 * @param width   the drawing's width in its own units
 * @param grid    the grid lines: their height and value, formatted
 */
public record ColumnChart(List<Column> columns, int width, List<GridLine> grid) {

    public static final int HEIGHT = 240;
    static final int WIDTH = 600;
    static final int PLOT_TOP = 10;
    static final int PLOT_BOTTOM = 200;
    static final int LEFT = 48;

    /**
     * One column.
     *
     * @param label     what it is ({@code mar 2024})
     * @param value     its value, formatted
     * @param x         its left edge
     * @param y         its top
     * @param w         its width
     * @param h         its height
     * @param showLabel whether its label is written under it
     * @param url       where it leads, if anywhere
     */
    public record Column(String label, String value, int x, int y, int w, int h, boolean showLabel,
                         Optional<String> url) {

        public int labelX() {
            return x + w / 2;
        }
    }

    /** A horizontal line at {@code y}, marking {@code value}. */
    public record GridLine(int y, String value) {
    }

    /** What a column is made of, before layout. */
    public record Item(String label, double amount, String value, Optional<String> url) {
    }

    public static ColumnChart of(List<Item> items, java.util.function.DoubleFunction<String> format) {
        double max = items.stream().mapToDouble(Item::amount).max().orElse(0);
        int step = items.isEmpty() ? WIDTH : Math.max(6, Math.min(60, (WIDTH - LEFT - 10) / items.size()));
        int gap = Math.max(2, step / 6);
        int labelEvery = items.size() <= 12 ? 1 : items.size() <= 24 ? 3 : 6;
        List<Column> columns = new ArrayList<>();
        int plot = PLOT_BOTTOM - PLOT_TOP;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int h = max <= 0 ? 0 : (int) Math.round(item.amount() / max * plot);
            columns.add(new Column(item.label(), item.value(), LEFT + i * step, PLOT_BOTTOM - h, step - gap, h,
                    i % labelEvery == 0 || i == items.size() - 1 && items.size() <= 12, item.url()));
        }
        List<GridLine> grid = new ArrayList<>();
        double gridStep = gridStep(max);
        for (double value = gridStep; max > 0 && value <= max; value += gridStep) {
            grid.add(new GridLine(PLOT_BOTTOM - (int) Math.round(value / max * plot), format.apply(value)));
        }
        return new ColumnChart(List.copyOf(columns), WIDTH, grid);
    }

    /**
     * The distance between grid lines: a round number (1, 2 or 5 times a power of ten, at least 1) that puts at
     * most four lines under {@code max}, so that each line stands at the value it is labelled with.
     */
    static double gridStep(double max) {
        double rough = Math.max(1, max / 4);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[]{1, 2, 5, 10}) {
            if (multiple * power >= rough) {
                return multiple * power;
            }
        }
        return 10 * power;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public int plotBottom() {
        return PLOT_BOTTOM;
    }

    public int left() {
        return LEFT;
    }
}
