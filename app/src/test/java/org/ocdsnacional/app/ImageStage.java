package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime stage of {@code deploy/Dockerfile} played without Docker: its {@code COPY} instructions from the
 * repository (not those from the build stage) laid out in a folder standing for its {@code WORKDIR}, and its
 * {@code ENTRYPOINT} and {@code CMD} run there on a stand-in {@code java} that records the arguments it is given,
 * the JVM options' argument files ({@code @file}) read in. What the image would start, option by option.
 */
final class ImageStage {

    private static final Pattern WORKDIR = Pattern.compile("^WORKDIR (\\S+)$", Pattern.MULTILINE);
    private static final Pattern COPY = Pattern.compile("^COPY (?:--chmod=\\S+ )?(?!--from)(\\S+) (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern ENV = Pattern.compile("^ENV (\\w+)=\"([^\"]*)\"$", Pattern.MULTILINE);
    private static final Pattern ENTRYPOINT = Pattern.compile("^ENTRYPOINT (\\[.*])$", Pattern.MULTILINE);
    private static final Pattern CMD = Pattern.compile("^CMD (\\[.*])$", Pattern.MULTILINE);

    private final String stage;
    private final Path folder;
    private final String workdir;
    private final Path fakeJava;

    private ImageStage(String stage, Path folder, String workdir, Path fakeJava) {
        this.stage = stage;
        this.folder = folder;
        this.workdir = workdir;
        this.fakeJava = fakeJava;
    }

    /** Lays the last stage of {@code dockerfile} out in {@code work}, its files copied from {@code root}. */
    static ImageStage of(String dockerfile, Path root, Path work) throws IOException {
        String stage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        String workdir = first(WORKDIR, stage);
        Path folder = Files.createDirectories(work.resolve("image"));
        Matcher copy = COPY.matcher(stage);
        while (copy.find()) {
            Path target = folder.resolve(copy.group(2));
            Files.copy(root.resolve(copy.group(1)), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            target.toFile().setExecutable(true);
        }
        Path bin = Files.createDirectories(work.resolve("fake-jdk/bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$JAVA_ARGUMENTS\"\n");
        java.toFile().setExecutable(true);
        return new ImageStage(stage, folder, workdir, java);
    }

    /** The stand-in {@code java}: records its arguments, starts nothing. */
    Path fakeJava() {
        return fakeJava;
    }

    /** What the image runs for {@code docker run IMAGE arguments…} (no arguments: its {@code CMD}). */
    Launch run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(json(first(ENTRYPOINT, stage)));
        command.set(0, inFolder(command.getFirst()));
        command.addAll(arguments.isEmpty() ? json(first(CMD, stage)) : arguments);
        Map<String, String> environment = new HashMap<>();
        Matcher env = ENV.matcher(stage);
        while (env.find()) {
            environment.put(env.group(1), env.group(2));
        }
        environment.put("PATH", fakeJava.getParent() + ":" + System.getenv("PATH"));
        return launch(command, environment, folder);
    }

    /** What {@code command} (a launcher) runs, with {@code environment} added to this process's. */
    static Launch launch(List<String> command, Map<String, String> environment, Path directory)
            throws IOException, InterruptedException {
        Path recorded = Files.createTempFile("java-arguments", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.environment().remove("JAVA_OPTS");
            builder.environment().putAll(environment);
            builder.environment().put("JAVA_ARGUMENTS", recorded.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(command + " failed: " + output);
            }
            return Launch.of(Files.readAllLines(recorded), directory);
        } finally {
            Files.deleteIfExists(recorded);
        }
    }

    /** An absolute path of the image, in the folder standing for it. */
    private String inFolder(String path) {
        return path.startsWith(workdir + "/") ? folder.resolve(path.substring(workdir.length() + 1)).toString() : path;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the image's stage");
        }
        return matcher.group(1);
    }

    private static List<String> json(String array) {
        try {
            List<String> values = new ArrayList<>();
            new ObjectMapper().readTree(array).forEach(value -> values.add(value.asText()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code java} was given.
     *
     * @param jvmOptions the options before {@code -jar}, each argument file replaced by the options it holds
     * @param command    the arguments after the jar: the ocds-nacional command
     */
    record Launch(List<String> jvmOptions, List<String> command) {

        static Launch of(List<String> arguments, Path directory) {
            int jar = arguments.indexOf("-jar");
            if (jar < 0) {
                throw new AssertionError("java was not given -jar: " + arguments);
            }
            List<String> options = new ArrayList<>();
            for (String argument : arguments.subList(0, jar)) {
                options.addAll(argument.startsWith("@") ? argumentFile(directory.resolve(argument.substring(1)))
                        : List.of(argument));
            }
            return new Launch(List.copyOf(options), List.copyOf(arguments.subList(jar + 2, arguments.size())));
        }

        /** The options of a Java argument file: its words, comments left out. */
        private static List<String> argumentFile(Path file) {
            try {
                return Files.readAllLines(file).stream().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .flatMap(line -> List.of(line.split("\\s+")).stream()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
