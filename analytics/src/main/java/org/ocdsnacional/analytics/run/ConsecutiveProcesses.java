package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.ocds.model.Release;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Turns a stream of releases into compiled releases, process by process: consecutive releases of one ocid (a
 * record's, or a release package's when it lists a process's releases together, as publishers do) are compiled
 * together, with the history they tell; a compiled release, or a lone release, is taken as it is. Only one
 * process's releases are held at a time; releases of a process that reappear later make a process of their own.
 */
public final class ConsecutiveProcesses {

    private final Function<List<Release>, ObjectNode> compiler;
    private final BiConsumer<JsonNode, PublicationHistory> processes;
    private final List<Release> current = new ArrayList<>();

    /**
     * @param compiler  merges the releases of one process into its compiled release
     * @param processes receives each compiled release and its publication history
     */
    public ConsecutiveProcesses(Function<List<Release>, ObjectNode> compiler,
                                BiConsumer<JsonNode, PublicationHistory> processes) {
        this.compiler = compiler;
        this.processes = processes;
    }

    public void release(Release release) {
        if (!current.isEmpty() && (release.ocid().isEmpty() || !current.getFirst().ocid().equals(release.ocid()))) {
            flush();
        }
        current.add(release);
    }

    /** Hands over the last process. */
    public void finish() {
        flush();
    }

    private void flush() {
        if (current.isEmpty()) {
            return;
        }
        List<JsonNode> jsons = current.stream().<JsonNode>map(Release::json).toList();
        JsonNode compiled = current.size() == 1 ? current.getFirst().json() : compiler.apply(List.copyOf(current));
        current.clear();
        processes.accept(compiled, PublicationHistory.of(jsons));
    }
}
