package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run in a JVM of its own with a small heap by {@link PackageLargerThanMemoryIT}: writes a release package and a
 * record package each twice as large as the heap, streamed, with its {@code uri} before the releases or records and
 * every other package-level key after them, reads them back and checks that each release came with the whole
 * metadata. Prints one line per package
 * and exits 0 when all is well, 1 otherwise.
 */
public final class LargePackageCheck {

    static final List<String> EXTENSIONS = List.of("https://example.org/a/extension.json",
            "https://example.org/b/extension.json");

    private LargePackageCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long heap = Runtime.getRuntime().maxMemory();
        ObjectMapper mapper = Json.mapper();
        boolean ok = true;
        for (String contents : List.of("releases", "records")) {
            Path file = folder.resolve(contents + ".json");
            long written = write(mapper, file, contents, 2 * heap);
            Check check = new Check();
            ReadSummary summary = OcdsReader.create(mapper).read(file, check);
            ok &= check.wrong == 0 && summary.releases() == written && check.packages == 1;
            System.out.printf("%s package: %d bytes, heap %d bytes, %d releases written, %d read, %d without the "
                    + "whole metadata, %d package end(s)%n", contents, Files.size(file), heap, written,
                    summary.releases(), check.wrong, check.packages);
            Files.delete(file);
        }
        System.exit(ok ? 0 : 1);
    }

    /** Writes a package of at least {@code bytes}, most of its metadata after its contents; how many releases. */
    private static long write(ObjectMapper mapper, Path file, String contents, long bytes) throws IOException {
        long releases = 0;
        try (JsonGenerator out = mapper.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("uri", "https://example.org/paquete.json");
            out.writeArrayFieldStart(contents);
            while (Files.size(file) < bytes) {
                for (int i = 0; i < 1_000; i++, releases++) {
                    if (contents.equals("records")) {
                        out.writeStartObject();
                        out.writeStringField("ocid", ocid(releases));
                        out.writeArrayFieldStart("releases");
                        release(out, releases);
                        out.writeEndArray();
                        out.writeEndObject();
                    } else {
                        release(out, releases);
                    }
                }
                out.flush();
            }
            out.writeEndArray();
            metadata(out);
            out.writeEndObject();
        }
        return releases;
    }

    private static void metadata(JsonGenerator out) throws IOException {
        out.writeStringField("version", "1.1");
        out.writeArrayFieldStart("extensions");
        for (String extension : EXTENSIONS) {
            out.writeString(extension);
        }
        out.writeEndArray();
        out.writeObjectFieldStart("publisher");
        out.writeStringField("name", "Secretaría de Administración");
        out.writeEndObject();
        out.writeStringField("license", "https://datos.gob.mx/libreusomx");
        out.writeStringField("publishedDate", "2024-02-01T00:00:00Z");
    }

    private static void release(JsonGenerator out, long n) throws IOException {
        out.writeStartObject();
        out.writeStringField("ocid", ocid(n));
        out.writeStringField("id", ocid(n) + "-01");
        out.writeStringField("date", "2024-01-01T00:00:00Z");
        out.writeArrayFieldStart("tag");
        out.writeString("tender");
        out.writeEndArray();
        out.writeObjectFieldStart("tender");
        out.writeStringField("id", "t" + n);
        out.writeStringField("title", "Adquisición de material de curación para el hospital general, lote " + n);
        out.writeStringField("description", "Material de curación, medicamentos y equipo médico para las unidades "
                + "de salud del estado, conforme a las bases de la convocatoria pública número " + n);
        out.writeObjectFieldStart("value");
        out.writeNumberField("amount", new java.math.BigDecimal("125000.50"));
        out.writeStringField("currency", "MXN");
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
    }

    private static String ocid(long n) {
        return "ocds-abc123-" + n;
    }

    /** Counts the releases that did not get the whole metadata, and the packages that ended. */
    private static final class Check implements ReleaseVisitor {
        private long wrong;
        private long packages;

        @Override
        public void release(Release release, PackageMetadata info) {
            boolean whole = info.version().equals(Optional.of("1.1")) && info.extensions().equals(EXTENSIONS)
                    && info.publisher().map(p -> p.path("name").asText()).orElse("").startsWith("Secretar")
                    && info.license().equals(Optional.of("https://datos.gob.mx/libreusomx"))
                    && info.publishedDate().equals(Optional.of("2024-02-01T00:00:00Z"))
                    && info.uri().equals(Optional.of("https://example.org/paquete.json"));
            if (!whole) {
                wrong++;
            }
        }

        @Override
        public void packageEnd(PackageMetadata complete) {
            packages++;
        }
    }
}
