package org.ocdsnacional.generator.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a data set to a folder: files of at most a given number of processes each ({@code paquete-0001.json},
 * ...), optionally GZIP-compressed, streamed so that files of any size take no memory.
 */
public final class FolderWriter {

    private final ObjectMapper mapper;
    private final Packages packages;

    private FolderWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.packages = Packages.create(mapper);
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
            writeFile(dataset, from, to, format, file, gzip);
            files.add(file);
        }
        return files;
    }

    private void writeFile(Dataset dataset, int from, int to, OutputFormat format, Path file, boolean gzip)
            throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
             JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            PackageInfo info = PackageInfo.of(dataset, "https://datos.example.gob.mx/ocds/" + file.getFileName(),
                    "Generador de datos sintéticos de ocds-nacional");
            switch (format) {
                case RELEASE_PACKAGE -> packages.releasePackage(dataset, from, to, info, json);
                case RECORD_PACKAGE -> packages.recordPackage(dataset, from, to, info, json);
                case JSON_LINES -> packages.jsonLines(dataset, from, to, json);
            }
        }
    }
}
