package org.ocdsnacional.web.chart;

import org.ocdsnacional.indexer.query.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The outlines of Mexico's 32 states, read once from the vendored {@code portal/map/mexico.svg} (svg-maps, CC BY
 * 4.0: see its README): the map the home page draws. Its states are those of the shared {@code Vocabulary} (the
 * federal government aside), checked as it is read.
 */
public final class MexicoMap {

    /** The map's coordinate space. */
    public static final String VIEW_BOX = "0 0 793 498";
    private static final Pattern PATH = Pattern.compile("<path\\s+id=\"([a-z]{3})\"\\s+aria-label=\"([^\"]*)\"\\s+"
            + "d=\"([^\"]+)\"");
    private static final String FEDERAL = "federal";
    private static final List<Outline> OUTLINES = load();

    /** One state: its ISO 3166-2:MX code ({@code MX-JAL}) and its outline as SVG path data. */
    public record Outline(String code, String path) {
    }

    private MexicoMap() {
    }

    /** The 32 states, in the order of their codes. */
    public static List<Outline> outlines() {
        return OUTLINES;
    }

    private static List<Outline> load() {
        try (InputStream in = MexicoMap.class.getResourceAsStream("/portal/map/mexico.svg")) {
            if (in == null) {
                throw new IllegalStateException("portal/map/mexico.svg is not on the classpath");
            }
            Matcher paths = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Outline> outlines = new ArrayList<>();
            while (paths.find()) {
                outlines.add(new Outline("MX-" + paths.group(1).toUpperCase(Locale.ROOT), paths.group(3)));
            }
            Set<String> drawn = outlines.stream().map(Outline::code).collect(Collectors.toSet());
            Set<String> states = Vocabulary.STATES.terms().stream().map(Vocabulary.Term::code)
                    .filter(code -> !code.equals(FEDERAL)).collect(Collectors.toSet());
            if (outlines.size() != drawn.size() || !drawn.equals(states)) {
                throw new IllegalStateException("portal/map/mexico.svg draws " + drawn + ", not the states of the "
                        + "Vocabulary " + states);
            }
            return List.copyOf(outlines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
