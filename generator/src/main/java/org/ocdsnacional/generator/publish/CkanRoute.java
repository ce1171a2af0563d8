package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ckan}: a CKAN portal. {@code GET /api/3/action/package_show?id=contrataciones-abiertas} lists one resource
 * per year, each a release package at {@code /recursos/contrataciones-{year}.json}. Like Nuevo León's portal, it
 * answers HTTP 403 unless the User-Agent looks like a browser.
 */
final class CkanRoute implements Route {

    static final String DATASET = "contrataciones-abiertas";
    private static final Pattern RESOURCE = Pattern.compile("/recursos/contrataciones-(\\d{4})\\.json");

    private final Packages packages;

    CkanRoute(Packages packages) {
        this.packages = packages;
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        Matcher resource = RESOURCE.matcher(request.path());
        if (!request.path().equals("/api/3/action/package_show") && !resource.matches()) {
            return false;
        }
        if (!request.userAgent().contains("Mozilla")) {
            response.text(403, "Forbidden");
            return true;
        }
        String base = "http://" + request.host() + "/" + source.id();
        if (resource.matches()) {
            List<Integer> processes = Years.processes(source.dataset(), Integer.parseInt(resource.group(1)));
            PackageInfo info = PackageInfo.of(source.dataset(), base + request.path(), source.name());
            response.stream(json -> packages.releasePackage(source.dataset(), 0, source.dataset().size(),
                    processes::contains, info, json));
            return true;
        }
        if (!request.param("id").filter(DATASET::equals).isPresent()) {
            response.json(404, Map.of("success", false, "error", Map.of("message", "Not found")));
            return true;
        }
        response.json(200, Map.of("success", true, "result", Map.of("name", DATASET, "resources",
                resources(source, base))));
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "baseUrl: " + baseUrl + "\ndataset: " + DATASET;
    }

    private static List<Map<String, String>> resources(PublishedSource source, String base) {
        return Years.present(source.dataset()).stream().map(year -> {
            Map<String, String> resource = new LinkedHashMap<>();
            resource.put("name", "Contrataciones abiertas " + year);
            resource.put("format", "JSON");
            resource.put("url", base + "/recursos/contrataciones-" + year + ".json");
            return resource;
        }).toList();
    }
}
