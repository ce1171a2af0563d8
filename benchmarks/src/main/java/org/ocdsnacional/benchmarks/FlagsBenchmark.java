package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.analytics.run.FlagReport;
import org.ocdsnacional.analytics.run.FlagRun;
import org.ocdsnacional.analytics.settings.IniSettings;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.ocds.model.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * Red flags computed per second on one thread over generated processes (the {@code generator}'s Mexican data: a
 * realistic mix of 1 to 6 releases per process), every flag on, the thresholds of MX02 and MX03 set so that they
 * work too. Each process is taken as its newest release (a full snapshot in generated data, as its compiled
 * release) with the publication history its releases tell, held in memory as a pipeline holds a compiled release
 * it has just built; the pass is the whole two-step run (each process, then the population's statistics and the
 * population-wide flags). Printed beside a baseline measured in the same run: Jackson parsing the same compiled
 * releases from their bytes. Rates are per second of wall clock and of this thread's CPU time, counted in compiled
 * releases (processes) and in the releases they compile. Asserts nothing.
 *
 * <p>Arguments: processes (default 20000), seconds per measurement (default 10), seed (default 42).
 */
public final class FlagsBenchmark {

    private static final String THRESHOLDS = """
            [MX02.direct_award]
            other_years = 300000
            [MX02.restricted_invitation]
            other_years = 1500000
            """;

    private FlagsBenchmark() {
    }

    /** One generated process: its compiled release, its history, and how many releases it has. */
    private record Process(JsonNode compiled, PublicationHistory history, byte[] bytes, int releases) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        ObjectMapper mapper = Json.mapper();
        List<Process> processes = generate(count, seed, mapper);
        long releases = processes.stream().mapToLong(Process::releases).sum();
        FlagSettings all = FlagSettings.defaults()
                .withThresholds(FlagSettings.from(IniSettings.parse(THRESHOLDS)).mexican().thresholds());
        FlagSettings cardinal = FlagSettings.cardinalOnly(all.cardinal());
        FlagSettings mexican = FlagSettings.mexicanOnly(all.mexican());
        System.out.printf("Flags benchmark: %,d generated processes (%,d releases, seed %d), one thread, %.0f s per "
                + "measurement, %s%n", count, releases, seed, seconds, Runtime.version());
        FlagReport report = run(all, processes);
        System.out.printf("flags raised in one pass: %,d processes and organizations flagged%n",
                report.results().subjects());
        Timing.Rate baseline = Timing.rate(() -> parse(processes, mapper), seconds, 3);
        Timing.Rate every = Timing.rate(() -> count(all, processes), seconds, 3);
        Timing.Rate onlyCardinal = Timing.rate(() -> count(cardinal, processes), seconds, 3);
        Timing.Rate onlyMexican = Timing.rate(() -> count(mexican, processes), seconds, 3);
        double perProcess = (double) releases / count;
        System.out.printf("%-52s %14s %14s %16s%n", "", "processes/s", "releases/s", "per CPU-second");
        print("baseline: Jackson parse of the compiled releases", baseline, perProcess);
        print("all flags (headline)", every, perProcess);
        print("Cardinal's red flags only", onlyCardinal, perProcess);
        print("Mexican flags only", onlyMexican, perProcess);
    }

    private static void print(String what, Timing.Rate rate, double releasesPerProcess) {
        System.out.printf("%-52s %,14.0f %,14.0f %,16.0f%n", what, rate.wall(), rate.wall() * releasesPerProcess,
                rate.cpu() * releasesPerProcess);
    }

    private static List<Process> generate(int count, long seed, ObjectMapper mapper) throws Exception {
        Dataset dataset = Dataset.of(GeneratorSettings.of(count, seed).withInvalidShare(0));
        List<Process> processes = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            List<ObjectNode> releases = dataset.releases(index);
            ObjectNode newest = releases.getLast();
            processes.add(new Process(newest, PublicationHistory.of(List.copyOf(releases)),
                    mapper.writeValueAsBytes(newest), releases.size()));
        }
        return processes;
    }

    private static FlagReport run(FlagSettings settings, List<Process> processes) {
        FlagRun run = FlagRun.start(settings, ReferenceList.NONE);
        processes.forEach(process -> run.add(process.compiled(), process.history()));
        return run.finish();
    }

    private static long count(FlagSettings settings, List<Process> processes) {
        FlagReport report = run(settings, processes);
        return report.processes();
    }

    private static long parse(List<Process> processes, ObjectMapper mapper) throws Exception {
        long parsed = 0;
        for (Process process : processes) {
            parsed += mapper.readTree(process.bytes()).size() > 0 ? 1 : 0;
        }
        return parsed;
    }
}
