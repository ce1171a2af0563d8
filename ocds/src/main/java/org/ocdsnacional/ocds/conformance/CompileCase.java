package org.ocdsnacional.ocds.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One ocdskit {@code compile} case: release packages in (concatenated, as ocdskit reads its standard input), the
 * compiled releases, versioned releases or record package it prints out.
 *
 * @param name      the peer's test and its options, e.g. {@code test_command_package (--root-path releases.item)}
 * @param inputs    the release packages, in order
 * @param options   how ocdskit was asked to compile
 * @param expected  what ocdskit printed (one JSON value per line, files one after another)
 * @param notRunnable why the case cannot be run (a fixture missing from the copy); empty when it can
 */
public record CompileCase(String name, List<Path> inputs, Set<Option> options, List<Path> expected,
                          Optional<String> notRunnable) {

    public CompileCase {
        inputs = List.copyOf(inputs);
        options = Set.copyOf(options);
        expected = List.copyOf(expected);
    }

    /** ocdskit's options that change what comes out. */
    public enum Option {
        /** {@code --versioned}: versioned releases (in a record package, beside the compiled release). */
        VERSIONED,
        /** {@code --package}: a record package of the records, compared by its records. */
        PACKAGE,
        /** {@code --linked-releases}: records link to releases of packages with a {@code uri}. */
        LINKED_RELEASES,
        /** {@code --root-path releases.item}: the releases alone, without their packages' metadata. */
        RELEASES_ONLY;

        String flag() {
            return this == RELEASES_ONLY ? "--root-path releases.item" : "--" + name().toLowerCase(Locale.ROOT)
                    .replace('_', '-');
        }
    }

    public boolean has(Option option) {
        return options.contains(option);
    }
}
