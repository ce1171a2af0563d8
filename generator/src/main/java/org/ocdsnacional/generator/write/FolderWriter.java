package org.ocdsnacional.generator.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a data set to a folder: files of at most a given number of processes each ({@code paquete-0001.json},
 * ...), optionally GZIP-compressed, each written by {@link SingleFileWriter}.
 */
public final class FolderWriter {

    private final SingleFileWriter fileWriter;

    private FolderWriter(ObjectMapper mapper) {
        this.fileWriter = SingleFileWriter.create(mapper);
    }

    public static FolderWriter create(ObjectMapper mapper) {
        return new FolderWriter(mapper);
    }

    /**
     * Writes {@code dataset} into {@code folder} (created if needed) and returns the files written.
     *
     * @param processesPerFile how many processes go in one file (the last file takes the rest)
     * @param gzip             whether to compress each file ({@code .json.gz})
     */
    public List<Path> write(Dataset dataset, Path folder, OutputFormat format, int processesPerFile, boolean gzip)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        int perFile = Math.max(1, processesPerFile);
        for (int from = 0, part = 1; from < dataset.size() || part == 1; from += perFile, part++) {
            int to = Math.min(dataset.size(), from + perFile);
            Path file = folder.resolve(String.format(Locale.ROOT, "paquete-%04d%s%s", part, format.extension(),
                    gzip ? ".gz" : ""));
            fileWriter.write(dataset, from, to, format, file, gzip);
            files.add(file);
        }
        return files;
    }
}
