package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code inai-edca}: INAI's "Contrataciones Abiertas" tool. {@code GET /edca/fiscalYears} lists the years;
 * {@code GET /edca/contractingprocess/{year}} ({@code null} for all) answers {@code {"arrayReleasePackage":[...]}},
 * one package per process holding its current release, with the package {@code uri} built from the Host header as
 * the tool does; a year without processes is HTTP 404 {@code {"status":404,"message":...}}. The routes that
 * re-publish everything ({@code /generate/...}) do not exist here.
 */
final class InaiEdcaRoute implements Route {

    private static final Pattern YEAR = Pattern.compile("/edca/contractingprocess/(\\d{4}|null)");

    private final Packages packages;

    InaiEdcaRoute(Packages packages) {
        this.packages = packages;
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        if (request.path().equals("/edca/fiscalYears")) {
            response.json(200, Map.of("fiscalYears", fiscalYears(source.dataset())));
            return true;
        }
        Matcher year = YEAR.matcher(request.path());
        if (!year.matches()) {
            return false;
        }
        List<Integer> processes = year.group(1).equals("null") ? all(source.dataset())
                : Years.processes(source.dataset(), Integer.parseInt(year.group(1)));
        if (processes.isEmpty()) {
            response.json(404, Map.of("status", 404, "message", "No se encontraron procesos de contratación"));
            return true;
        }
        response.stream(json -> packagesOf(source, processes, request.host(), json));
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "baseUrl: " + baseUrl;
    }

    private void packagesOf(PublishedSource source, List<Integer> processes, String host, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("arrayReleasePackage");
        for (int index : processes) {
            List<ObjectNode> releases = source.dataset().releases(index);
            json.writeStartObject();
            PackageInfo.of(source.dataset(), "http://" + host + "/edca/contractingprocess/"
                    + source.dataset().ocid(index), source.name()).writeFields(json);
            json.writeArrayFieldStart("releases");
            packages.write(releases.getLast(), json);
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static List<Map<String, Object>> fiscalYears(Dataset dataset) {
        List<Integer> years = Years.present(dataset);
        return years.stream().map(year -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", years.indexOf(year) + 1);
            entry.put("year", year);
            entry.put("status", "active");
            return entry;
        }).toList();
    }

    private static List<Integer> all(Dataset dataset) {
        return java.util.stream.IntStream.range(0, dataset.size()).boxed().toList();
    }
}
