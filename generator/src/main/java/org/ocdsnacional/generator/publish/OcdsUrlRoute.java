package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ocds-url}: one release package with every release, as {@code /releases.json}, compressed as
 * {@code /releases.json.gz}, or inside {@code /releases.zip} under a folder with a space in its name and beside the
 * {@code __MACOSX/} junk that archives made on a Mac carry.
 */
final class OcdsUrlRoute implements Route {

    private final ObjectMapper mapper;
    private final Packages packages;

    OcdsUrlRoute(ObjectMapper mapper) {
        this.mapper = mapper;
        this.packages = Packages.create(mapper);
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        PackageInfo info = PackageInfo.of(source.dataset(), "http://" + request.host() + "/" + source.id()
                + request.path(), source.name());
        switch (request.path()) {
            case "/releases.json" -> response.stream(json -> packages.releasePackage(source.dataset(), 0,
                    source.dataset().size(), info, json));
            case "/releases.json.gz" -> response.bytes("application/gzip", out -> gzip(source, info, out));
            case "/releases.zip" -> response.bytes("application/zip", out -> zip(source, info, out));
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "url: " + baseUrl + "/releases.json";
    }

    private void gzip(PublishedSource source, PackageInfo info, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        write(source, info, gzip);
        gzip.finish();
    }

    private void zip(PublishedSource source, PackageInfo info, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("datos abiertos/contrataciones " + source.id() + ".json"));
        write(source, info, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("__MACOSX/datos abiertos/._contrataciones " + source.id() + ".json"));
        zip.write(new byte[]{0, 5, 22, 7, 0, 2});
        zip.closeEntry();
        zip.finish();
    }

    private void write(PublishedSource source, PackageInfo info, OutputStream out) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        packages.releasePackage(source.dataset(), 0, source.dataset().size(), info, json);
        json.flush();
    }
}
