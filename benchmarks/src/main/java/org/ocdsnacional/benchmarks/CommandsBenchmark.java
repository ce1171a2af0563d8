package org.ocdsnacional.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole command as a user runs it, beside the reference tool doing the same on the same input, each as a process
 * measured by the kernel ({@link ChildRun}: wall time, user + system CPU-seconds, peak memory, load average before and
 * after), the two sides taking turns (ours, reference, ours, reference...) so that whatever else the machine does
 * weighs on both alike. Start-up is included on both sides.
 *
 * <ul>
 *   <li>{@code validate}: {@code bin/ocds-nacional validate FILE} beside {@code validate_reference.py} (Python
 *   jsonschema, Draft 4 with its format checker, release by release as lib-cove-ocds does);</li>
 *   <li>{@code compile}: {@code bin/ocds-nacional compile FILE --out …} beside {@code compile_reference.py} (read,
 *   group by ocid, compile with ocdsmerge, write the record package);</li>
 * </ul>
 *
 * <p>Usage, from the repository root: {@code CommandsBenchmark validate|compile ROUNDS FILE [REFERENCE_FILE...]}.
 * The reference reads {@code REFERENCE_FILE}s when given (the same releases cut into smaller packages, so that Python,
 * which loads a whole file in memory, stays within the machine's memory for a 1 GB package), else {@code FILE}. The
 * shared folder is {@code ../shared} unless {@code -Dshared=DIR}. With {@code -Dbefore=DIR}, the same command of an
 * earlier build ({@code DIR/bin/ocds-nacional}, e.g. a copy of {@code bin}, {@code deploy} and {@code app/target} made
 * before a change) runs as a third side in each round, so that a change is measured before and after in one run,
 * and the program says whether the two builds printed and wrote the same, byte for byte (the last round's outputs:
 * the report of {@code validate}; the record package of {@code compile}, whose {@code publishedDate} is fixed). With
 * {@code -Dreference=false} as well, the two builds alone take turns (no reference), for many short rounds.
 */
public final class CommandsBenchmark {

    /** The record package's date on both builds' side, so that their packages can be compared byte for byte. */
    private static final String PUBLISHED = "2026-01-01T00:00:00Z";

    private CommandsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CommandsBenchmark validate|compile ROUNDS FILE [REFERENCE_FILE...]");
        }
        String command = args[0];
        int rounds = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]).toAbsolutePath();
        List<String> referenceFiles = args.length > 3
                ? Arrays.stream(args, 3, args.length).map(f -> Path.of(f).toAbsolutePath().toString()).toList()
                : List.of(file.toString());
        Path root = Path.of("").toAbsolutePath();
        Path shared = Path.of(System.getProperty("shared", "../shared")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("target/bench-commands"));
        Sides sides = switch (command) {
            case "validate" -> validate(root, shared, file, referenceFiles);
            case "compile" -> compile(root, shared, file, referenceFiles, work);
            default -> throw new IllegalArgumentException("validate or compile, not " + command);
        };
        System.out.printf("%s of %s (%,d bytes), %d rounds, sides alternating; %d cores%n", command, file,
                Files.size(file), rounds, Runtime.getRuntime().availableProcessors());
        Path before = System.getProperty("before") == null ? null : Path.of(System.getProperty("before"))
                .toAbsolutePath().normalize();
        boolean withReference = Boolean.parseBoolean(System.getProperty("reference", "true"));
        List<ChildRun> ours = new ArrayList<>();
        List<ChildRun> earlier = new ArrayList<>();
        List<ChildRun> reference = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ChildRun our = ChildRun.of(sides.ours(), root, sides.ourOutput(work), work.resolve("ours.err"));
            System.out.printf("round %d ours      %s%n", round, our.describe());
            ours.add(our);
            if (before != null) {
                ChildRun old = ChildRun.of(sides.before(before, work), root, sides.beforeOutput(work),
                        work.resolve("before.err"));
                System.out.printf("round %d before    %s%n", round, old.describe());
                earlier.add(old);
            }
            if (!withReference) {
                continue;
            }
            ChildRun theirs = ChildRun.of(sides.reference(), root, sides.referenceOutput(work),
                    work.resolve("reference.err"));
            System.out.printf("round %d reference %s%n", round, theirs.describe());
            reference.add(theirs);
        }
        if (withReference) {
            System.out.printf("reference said: %s%n", reference.getLast().output().trim());
        }
        System.out.printf("median ours      %7.1f s wall %7.2f CPU-s%n",
                median(ours.stream().mapToDouble(ChildRun::wall).toArray()),
                median(ours.stream().mapToDouble(ChildRun::cpu).toArray()));
        if (withReference) {
            summary(ours, reference);
        }
        if (!earlier.isEmpty()) {
            System.out.printf("ours and before printed and wrote %s%n", sameOutput(sides, work)
                    ? "the same, byte for byte" : "DIFFERENT output (compare " + sides.ourOutput(work) + " with "
                    + sides.beforeOutput(work) + ", and what they wrote)");
            System.out.printf("median before    %7.1f s wall %7.2f CPU-s: ours takes %.2f of its CPU time, %.2f of its "
                            + "wall clock%n", median(earlier.stream().mapToDouble(ChildRun::wall).toArray()),
                    median(earlier.stream().mapToDouble(ChildRun::cpu).toArray()),
                    median(ours.stream().mapToDouble(ChildRun::cpu).toArray())
                            / median(earlier.stream().mapToDouble(ChildRun::cpu).toArray()),
                    median(ours.stream().mapToDouble(ChildRun::wall).toArray())
                            / median(earlier.stream().mapToDouble(ChildRun::wall).toArray()));
        }
    }

    /**
     * The two command lines, where each one's standard output goes (null: kept), and the file ours writes (null:
     * none), which the earlier build writes beside it.
     */
    private record Sides(List<String> ours, List<String> reference, String ourOut, String referenceOut,
                         Path written) {

        /** Our command as the earlier build under {@code before} runs it, writing beside ours. */
        List<String> before(Path before, Path work) {
            List<String> command = new ArrayList<>(ours);
            command.set(0, before.resolve("bin/ocds-nacional").toString());
            if (written != null) {
                command.set(command.indexOf(written.toString()), beforeWritten().toString());
            }
            return command;
        }

        Path beforeWritten() {
            return written.resolveSibling("before-" + written.getFileName());
        }

        Path ourOutput(Path work) {
            return ourOut == null ? null : work.resolve(ourOut);
        }

        /** Where the earlier build's standard output goes, beside ours, to be compared with it. */
        Path beforeOutput(Path work) {
            return ourOut == null ? null : work.resolve("before-" + ourOut);
        }

        Path referenceOutput(Path work) {
            return referenceOut == null ? null : work.resolve(referenceOut);
        }
    }

    private static Sides validate(Path root, Path shared, Path file, List<String> referenceFiles) {
        List<String> reference = new ArrayList<>(List.of("python3",
                shared.resolve("peer-tools/jsonschema/validate_reference.py").toString(), schemaFolder(shared)));
        reference.addAll(referenceFiles);
        return new Sides(List.of(root.resolve("bin/ocds-nacional").toString(), "validate", file.toString()),
                reference, "validate.out", null, null);
    }

    private static Sides compile(Path root, Path shared, Path file, List<String> referenceFiles, Path work) {
        List<String> reference = new ArrayList<>(List.of("python3",
                shared.resolve("peer-tools/ocdsmerge/compile_reference.py").toString(),
                schemaFolder(shared) + "/release-schema.json"));
        reference.addAll(referenceFiles);
        Path written = work.resolve("compiled-ours.json");
        return new Sides(List.of(root.resolve("bin/ocds-nacional").toString(), "compile", file.toString(), "--out",
                written.toString(), "--published-date", PUBLISHED), reference, "compile.out",
                "compiled-reference.json", written);
    }

    /**
     * Whether the last round's ours and before printed, and wrote, the same bytes (a change must not change the
     * output).
     */
    private static boolean sameOutput(Sides sides, Path work) throws IOException {
        boolean printed = sides.ourOutput(work) == null
                || Files.mismatch(sides.ourOutput(work), sides.beforeOutput(work)) == -1;
        return printed && (sides.written() == null
                || Files.mismatch(sides.written(), sides.beforeWritten()) == -1);
    }

    private static String schemaFolder(Path shared) {
        return shared.resolve("ocds-mirror/standard.open-contracting.org/schema/1__1__5").toString();
    }

    private static void summary(List<ChildRun> ours, List<ChildRun> reference) {
        double ourCpu = median(ours.stream().mapToDouble(ChildRun::cpu).toArray());
        double ourWall = median(ours.stream().mapToDouble(ChildRun::wall).toArray());
        double theirCpu = median(reference.stream().mapToDouble(ChildRun::cpu).toArray());
        double theirWall = median(reference.stream().mapToDouble(ChildRun::wall).toArray());
        System.out.printf("median reference %7.1f s wall %7.2f CPU-s%n", theirWall, theirCpu);
        System.out.printf("ours is %.1fx the reference per CPU-second, %.1fx by the wall clock (goal 20x)%n",
                theirCpu / ourCpu, theirWall / ourWall);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
