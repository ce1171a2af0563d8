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
import java.util.zip.GZIPOutputStream;

/**
 * Writes processes of a data set as one file at the path the caller names, in one of the output formats, optionally
 * GZIP-compressed. Streamed one release at a time, so a file of any size takes no memory.
 */
public final class SingleFileWriter {

    private static final String PUBLISHER = "Generador de datos sintéticos de ocds-nacional";

    private final ObjectMapper mapper;
    private final Packages packages;

    private SingleFileWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.packages = Packages.create(mapper);
    }

    public static SingleFileWriter create(ObjectMapper mapper) {
        return new SingleFileWriter(mapper);
    }

    /** Writes every process of {@code dataset} to {@code file}, uncompressed; returns the file's size in bytes. */
    public long write(Dataset dataset, OutputFormat format, Path file) throws IOException {
        write(dataset, 0, dataset.size(), format, file, false);
        return Files.size(file);
    }

    /** Writes processes {@code from} (inclusive) to {@code to} (exclusive) of {@code dataset} to {@code file}. */
    public void write(Dataset dataset, int from, int to, OutputFormat format, Path file, boolean gzip)
            throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
             JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            PackageInfo info = PackageInfo.of(dataset, "https://datos.example.gob.mx/ocds/" + file.getFileName(),
                    PUBLISHER);
            switch (format) {
                case RELEASE_PACKAGE -> packages.releasePackage(dataset, from, to, info, json);
                case RECORD_PACKAGE -> packages.recordPackage(dataset, from, to, info, json);
                case JSON_LINES -> packages.jsonLines(dataset, from, to, json);
            }
        }
    }
}
