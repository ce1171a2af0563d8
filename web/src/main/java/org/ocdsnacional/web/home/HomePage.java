package org.ocdsnacional.web.home;

import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.web.chart.BarChart;
import org.ocdsnacional.web.chart.ColumnChart;
import org.ocdsnacional.web.chart.StateMap;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.search.Choice;

import java.util.List;
import java.util.Map;

/**
 * What the home page shows.
 *
 * @param ctx         the page context
 * @param processes   how many processes, formatted
 * @param amounts     the amounts awarded, per currency
 * @param publishers  how many publishers have been harvested, formatted
 * @param latestData  when the latest successful harvest ended
 * @param map         the states coloured by processes or by amount
 * @param mapModes    what the map can show, the one shown chosen (links)
 * @param mapFigure   what the map's figures are, for people
 * @param months      processes per month of publication
 * @param methods     processes per procurement method
 * @param categories  processes per category
 * @param buyers      the buyers with most processes
 * @param unplaced    by grouping, the line that counts the processes it could not place ("Sin fecha: 12")
 */
public record HomePage(PageContext ctx, String processes, List<String> amounts, String publishers,
                       String latestData, StateMap map, List<Choice> mapModes, String mapFigure, ColumnChart months,
                       BarChart methods, BarChart categories, BarChart buyers, Map<Dimension, String> unplaced) {

    public HomePage {
        unplaced = Map.copyOf(unplaced);
    }

    /** The line under the grouping by {@code dimension} ({@code STATE}, {@code MONTH}…), or empty text. */
    public String unplaced(String dimension) {
        return unplaced.getOrDefault(Dimension.valueOf(dimension), "");
    }
}
