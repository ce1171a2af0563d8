package org.ocdsnacional.web.process;

import java.util.List;

/**
 * One release of a process, as the timeline shows it.
 *
 * @param date    when it was published
 * @param id      its release id
 * @param tags    what it announces, for people
 * @param source  which source published it
 * @param changed the sections that changed since the previous release, for people
 * @param issues  how many validation issues it has
 */
public record TimelineEntry(String date, String id, List<String> tags, String source, List<String> changed,
                            int issues) {
}
