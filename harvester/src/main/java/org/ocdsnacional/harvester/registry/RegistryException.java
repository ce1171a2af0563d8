package org.ocdsnacional.harvester.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A registry file that cannot be used, with every mistake found in it (file, line and reason each). The first
 * one is also available directly.
 */
public final class RegistryException extends Exception {

    private final List<RegistryProblem> problems;

    public RegistryException(List<RegistryProblem> problems) {
        super(problems.stream().map(RegistryProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a registry exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static RegistryException at(Path file, int line, String reason) {
        return new RegistryException(List.of(new RegistryProblem(file, line, reason)));
    }

    /** Every mistake found, in file order. */
    public List<RegistryProblem> problems() {
        return problems;
    }

    public Path file() {
        return problems.getFirst().file();
    }

    /** Line of the first mistake (1-based; 0 for the whole file). */
    public int line() {
        return problems.getFirst().line();
    }

    /** Reason of the first mistake. */
    public String reason() {
        return problems.getFirst().reason();
    }
}
