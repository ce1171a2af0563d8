package org.ocdsnacional.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The 32 states, each filled by the class of its quantile ({@code q0}…{@code q5}, {@code qnone} for none) and a
 * link to the search narrowed to it; a legend of the classes and, for screen readers and anyone who prefers
 * numbers, the same figures as a table.
 *
 * @param areas  the states, in the order of their codes
 * @param legend the classes, lowest first, with the range each stands for
 */
public record StateMap(List<Area> areas, List<LegendEntry> legend) {

    public static final String VIEW_BOX = MexicoMap.VIEW_BOX;
    private static final int CLASSES = 6;

    /**
     * One state.
     *
     * @param code   ISO 3166-2:MX
     * @param name   its name
     * @param path   its outline
     * @param fill   its class
     * @param value  its figure, formatted
     * @param amount its figure
     * @param url    the search narrowed to it
     */
    public record Area(String code, String name, String path, String fill, String value, double amount, String url) {
    }

    /** One class of the legend: its fill and the values it covers, formatted. */
    public record LegendEntry(String fill, String range) {
    }

    /**
     * The map of {@code figures} by state code; states without one are {@code qnone} and show {@code none}.
     * Classes split the range from zero to the largest figure in equal steps.
     */
    public static StateMap of(Map<String, Double> figures, Function<String, String> names,
                              Function<Double, String> format, Function<String, String> urls, String none) {
        double max = figures.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Area> areas = new ArrayList<>();
        for (MexicoMap.Outline outline : MexicoMap.outlines()) {
            Double figure = figures.get(outline.code());
            String fill = figure == null || figure <= 0 || max <= 0 ? "qnone"
                    : "q" + Math.min(CLASSES - 1, (int) Math.floor(figure / max * CLASSES));
            areas.add(new Area(outline.code(), names.apply(outline.code()), outline.path(), fill,
                    figure == null ? none : format.apply(figure), figure == null ? 0 : figure,
                    urls.apply(outline.code())));
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry("qnone", none));
        if (max > 0) {
            for (int i = 0; i < CLASSES; i++) {
                legend.add(new LegendEntry("q" + i, format.apply(max * i / CLASSES) + " – "
                        + format.apply(max * (i + 1) / CLASSES)));
            }
        }
        return new StateMap(List.copyOf(areas), List.copyOf(legend));
    }

    /** The states with a figure, largest first: the table beside the map. */
    public List<Area> ranked() {
        return areas.stream().filter(area -> area.amount() > 0)
                .sorted((a, b) -> Double.compare(b.amount(), a.amount())).toList();
    }
}
