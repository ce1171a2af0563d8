package org.ocdsnacional.web.publishers;

import org.ocdsnacional.web.process.Fact;

import java.util.List;
import java.util.Optional;

/**
 * One harvest run as the publishers' pages show it.
 *
 * @param id       its id
 * @param started  when it started
 * @param duration how long it took
 * @param trigger  why it ran, for people
 * @param state    how it ended, for people
 * @param tone     {@code good}, {@code bad}, {@code warn} or {@code neutral}, for its badge
 * @param counts   what it counted: new, changed, unchanged, withdrawn, invalid…
 * @param http     what its requests ended in
 * @param error    its first error: what happened, with the URL and the status
 */
public record RunView(String id, String started, String duration, String trigger, String state, String tone,
                      List<Fact> counts, List<Fact> http, Optional<String> error) {
}
