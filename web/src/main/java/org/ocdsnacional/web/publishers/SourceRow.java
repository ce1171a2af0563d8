package org.ocdsnacional.web.publishers;

import java.util.List;
import java.util.Optional;

/**
 * One source in the list of publishers.
 *
 * @param id          its registry id
 * @param name        its name
 * @param url         its page
 * @param place       its state, for people
 * @param status      active, frozen or retired, for people
 * @param statusTone  the badge's tone
 * @param schedule    when it is harvested, for people
 * @param lastRun     its latest run
 * @param lastSuccess when its latest successful run ended
 * @param processes   processes indexed from it, formatted
 * @param trend       its recent runs, oldest first, as tones
 * @param trendText   the same in words, for screen readers
 */
public record SourceRow(String id, String name, String url, String place, String status, String statusTone,
                        String schedule, Optional<RunView> lastRun, String lastSuccess, String processes,
                        List<TrendMark> trend, String trendText) {

    /** One run of the trend: where it is drawn and its tone. */
    public record TrendMark(int x, String tone) {
    }
}
