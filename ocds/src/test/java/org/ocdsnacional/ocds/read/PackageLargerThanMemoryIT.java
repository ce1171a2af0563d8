package org.ocdsnacional.ocds.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A release package and a record package twice as large as the heap of the JVM that reads them, with every
 * package-level key but {@code uri} after the releases or records: read in a JVM of its own with {@value #HEAP} of heap
 * ({@link LargePackageCheck}), every release gets the whole metadata, and memory does not grow with the file.
 */
class PackageLargerThanMemoryIT {

    private static final String HEAP = "-Xmx48m";
    private static final Pattern LINE = Pattern.compile(
            "(\\w+) package: (\\d+) bytes, heap (\\d+) bytes, (\\d+) releases written, (\\d+) read, (\\d+) without the "
                    + "whole metadata, (\\d+) package end\\(s\\)");

    @TempDir
    Path folder;

    @Test
    void everyReleaseOfAPackageLargerThanTheHeapGetsTheMetadataWrittenAfterIt() throws Exception {
        Process child = new ProcessBuilder(java(), HEAP, "-cp", System.getProperty("java.class.path"),
                LargePackageCheck.class.getName(), folder.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), output);

        assertEquals(0, child.exitValue(), output);
        List<String> checked = new ArrayList<>();
        Matcher line = LINE.matcher(output);
        while (line.find()) {
            checked.add(line.group(1));
            assertTrue(Long.parseLong(line.group(2)) > Long.parseLong(line.group(3)), "larger than the heap: " + output);
            assertEquals(line.group(4), line.group(5), output);
            assertTrue(Long.parseLong(line.group(5)) > 10_000, output);
            assertEquals("0", line.group(6), output);
            assertEquals("1", line.group(7), output);
        }
        assertEquals(List.of("releases", "records"), checked, output);
    }

    private static String java() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("No java command"));
    }
}
