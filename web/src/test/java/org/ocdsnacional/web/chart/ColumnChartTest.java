package org.ocdsnacional.web.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnChartTest {

    private static ColumnChart chart(double... amounts) {
        List<ColumnChart.Item> items = java.util.Arrays.stream(amounts)
                .mapToObj(amount -> new ColumnChart.Item("x", amount, "", Optional.empty())).toList();
        return ColumnChart.of(items, value -> String.valueOf((long) value));
    }

    @Test
    void aSingleProcessHasOneGridLineAtItsTopLabelledOneNotFourLinesRoundedToZeroAndOne() {
        assertEquals(List.of(new ColumnChart.GridLine(ColumnChart.PLOT_TOP, "1")), chart(1, 0).grid());
    }

    @Test
    void everyLineStandsAtTheValueItIsLabelledWith() {
        ColumnChart chart = chart(150, 40, 7);
        assertEquals(List.of("50", "100", "150"), chart.grid().stream().map(ColumnChart.GridLine::value).toList());
        int plot = ColumnChart.PLOT_BOTTOM - ColumnChart.PLOT_TOP;
        for (ColumnChart.GridLine line : chart.grid()) {
            double value = Double.parseDouble(line.value());
            assertEquals(ColumnChart.PLOT_BOTTOM - Math.round(value / 150 * plot), line.y(), line.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 1", "7, 2", "10, 5", "150, 50", "1000, 500", "3500000000, 1000000000"})
    void stepsAreRoundAndLeaveAtMostFourLines(double max, double step) {
        assertEquals(step, ColumnChart.gridStep(max));
        assertTrue(max / step <= 4, "at most four lines under " + max);
    }

    @Test
    void nothingToDrawHasNoGrid() {
        assertEquals(List.of(), chart().grid());
        assertEquals(List.of(), chart(0, 0).grid());
    }
}
