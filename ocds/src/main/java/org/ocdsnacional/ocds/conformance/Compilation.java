package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What we make of an ocdskit {@code compile} case, the way the application does: the packages read by
 * {@link OcdsReader}, each process merged by the rules of the version and extensions its package declares
 * ({@link MergerProfiles}: 1.0 when undeclared, as ocdskit decides), processes in ocid order as ocdskit prints them.
 * A record package is compared by its records: its own metadata ({@code uri}, {@code publishedDate},
 * {@code version}) are the arguments ocdskit was given, not results.
 */
final class Compilation {

    private final ObjectMapper mapper;
    private final MergerProfiles profiles;

    Compilation(ObjectMapper mapper, MergerProfiles profiles) {
        this.mapper = mapper;
        this.profiles = profiles;
    }

    /** Our output for the case: compiled or versioned releases, or the records of a record package. */
    ArrayNode ours(CompileCase compileCase) throws IOException, ReadException {
        Map<String, List<Published>> byOcid = new TreeMap<>();
        for (Path input : compileCase.inputs()) {
            OcdsReader.create(mapper).read(input, (release, info) -> byOcid.computeIfAbsent(release.ocid(),
                    ocid -> new ArrayList<>()).add(new Published(release,
                    compileCase.has(CompileCase.Option.RELEASES_ONLY) ? PackageMetadata.NONE : info)));
        }
        ArrayNode out = mapper.createArrayNode();
        for (Map.Entry<String, List<Published>> process : byOcid.entrySet()) {
            out.add(output(compileCase, process.getKey(), process.getValue()));
        }
        return out;
    }

    /** What ocdskit printed: every value of the expected files, or the records of the record package. */
    ArrayNode expected(CompileCase compileCase) throws IOException {
        ArrayNode values = mapper.createArrayNode();
        for (Path file : compileCase.expected()) {
            try (MappingIterator<JsonNode> each = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
                each.forEachRemaining(values::add);
            }
        }
        if (!compileCase.has(CompileCase.Option.PACKAGE)) {
            return values;
        }
        ArrayNode records = mapper.createArrayNode();
        values.forEach(pkg -> pkg.path("records").forEach(records::add));
        return records;
    }

    private JsonNode output(CompileCase compileCase, String ocid, List<Published> published) throws IOException {
        List<Release> releases = published.stream().map(Published::release).toList();
        ReleaseMerger merger = profiles.forPackage(published.getFirst().packageInfo());
        boolean versioned = compileCase.has(CompileCase.Option.VERSIONED);
        if (!compileCase.has(CompileCase.Option.PACKAGE)) {
            return versioned ? merger.versioned(releases).release() : merger.compile(releases);
        }
        ObjectNode record = mapper.createObjectNode().put("ocid", ocid);
        ArrayNode recordReleases = record.putArray("releases");
        published.forEach(release -> recordReleases.add(recordRelease(compileCase, release)));
        record.set("compiledRelease", merger.compile(releases));
        if (versioned) {
            record.set("versionedRelease", merger.versioned(releases).release());
        }
        return record;
    }

    /** The release itself, or with {@code --linked-releases} a link into its package when the package has a URI. */
    private JsonNode recordRelease(CompileCase compileCase, Published published) {
        ObjectNode release = published.release().json();
        if (!compileCase.has(CompileCase.Option.LINKED_RELEASES) || published.packageInfo().uri().isEmpty()) {
            return release;
        }
        ObjectNode link = mapper.createObjectNode().put("url", published.packageInfo().uri().get() + "#"
                + published.release().id());
        link.set("date", release.get("date"));
        link.set("tag", release.get("tag"));
        return link;
    }

    /** A release and the metadata of the package it came in. */
    private record Published(Release release, PackageMetadata packageInfo) {
    }
}
