package org.ocdsnacional.ocds.conformance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ocdskit {@code detect-format} case.
 *
 * @param fixture  the fixture's name as the peer gives it
 * @param file     the fixture file
 * @param rootPath the ijson path of the value to look at ({@code ""} for the whole file)
 * @param expected what ocdskit prints ({@code release package}), or for data it cannot place
 *                 {@code unknown (top-level JSON value is a number) [...]}
 */
public record DetectCase(String fixture, Path file, String rootPath, String expected) {

    private static final Pattern UNKNOWN = Pattern.compile("^unknown \\((.*)\\)( \\[.*])?$");

    /** The reason ocdskit gives for data it cannot place, if that is what is expected. */
    public Optional<String> unknownReason() {
        Matcher matcher = UNKNOWN.matcher(expected);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** {@code release-packages.json} or {@code record-package_minimal.json at records.item}. */
    public String label() {
        return rootPath.isEmpty() ? fixture : fixture + " at " + rootPath;
    }
}
