package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts one release package into packages of about {@code MB} megabytes each, the same releases in the same order with
 * the package's metadata in each, so that a reference that loads a whole file in memory (Python) can read a package
 * too large for it: {@code CommandsBenchmark validate 1 PACKAGE FOLDER/parte-*.json}. Streams: one release in memory
 * at a time. The metadata placed after {@code releases} in the package is not carried over (the generator writes it
 * first).
 *
 * <p>Usage: {@code PackageCutter PACKAGE FOLDER [MB=50]}; prints the files written.
 */
public final class PackageCutter {

    private PackageCutter() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        long partBytes = (args.length > 2 ? Long.parseLong(args[2]) : 50) * 1_000_000L;
        for (Path part : cut(source, folder, partBytes)) {
            System.out.printf("%s %,d bytes%n", part, Files.size(part));
        }
    }

    static List<Path> cut(Path source, Path folder, long partBytes) throws IOException {
        ObjectMapper mapper = Json.mapper();
        JsonFactory factory = mapper.getFactory();
        List<Path> parts = new ArrayList<>();
        try (JsonParser parser = factory.createParser(source.toFile())) {
            ObjectNode metadata = mapper.createObjectNode();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"releases".equals(name)) {
                    metadata.set(name, mapper.readTree(parser));
                    continue;
                }
                expect(parser.currentToken(), JsonToken.START_ARRAY);
                JsonGenerator part = null;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    if (part == null || part.getOutputBuffered() + bytes(part) >= partBytes) {
                        close(part);
                        Path file = folder.resolve(String.format(Locale.ROOT, "parte-%04d.json", parts.size() + 1));
                        parts.add(file);
                        part = open(factory, mapper, file, metadata);
                    }
                    part.copyCurrentStructure(parser);
                }
                close(part);
            }
        }
        return parts;
    }

    private static JsonGenerator open(JsonFactory factory, ObjectMapper mapper, Path file, ObjectNode metadata)
            throws IOException {
        JsonGenerator generator = factory.createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8);
        generator.setCodec(mapper);
        generator.writeStartObject();
        for (var field : metadata.properties()) {
            generator.writeFieldName(field.getKey());
            generator.writeTree(field.getValue());
        }
        generator.writeArrayFieldStart("releases");
        return generator;
    }

    private static long bytes(JsonGenerator generator) {
        Object target = generator.getOutputTarget();
        return target instanceof java.io.FileOutputStream stream ? position(stream) : 0;
    }

    private static long position(java.io.FileOutputStream stream) {
        try {
            return stream.getChannel().position();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void close(JsonGenerator part) throws IOException {
        if (part != null) {
            part.writeEndArray();
            part.writeEndObject();
            part.close();
        }
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalArgumentException("a release package was expected: " + expected + ", found " + token);
        }
    }
}
