package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small release packages with Spanish text, written here so that every byte is known. */
final class TestPackages {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] TITLES = {"Adquisición de papelería", "Contratación de servicios médicos",
            "Mantenimiento de vehículos oficiales", "Compra de uniformes escolares"};

    private TestPackages() {
    }

    /** {@code processes} processes of two releases each (tender, then award), ocids {@code ocds-test01-<prefix>-n}. */
    static ObjectNode releasePackage(String prefix, int processes) {
        ObjectNode pkg = MAPPER.createObjectNode().put("version", "1.1").put("uri", "https://example.org/" + prefix)
                .put("publishedDate", "2026-01-01T00:00:00Z");
        pkg.putObject("publisher").put("name", "Secretaría de Administración (prueba)");
        ArrayNode releases = pkg.putArray("releases");
        for (int n = 1; n <= processes; n++) {
            releases.add(release("ocds-test01-" + prefix + "-" + n, n, "tender"));
            releases.add(release("ocds-test01-" + prefix + "-" + n, n, "award"));
        }
        return pkg;
    }

    static ObjectNode release(String ocid, int n, String stage) {
        ObjectNode release = MAPPER.createObjectNode().put("ocid", ocid).put("id", ocid + "-" + stage)
                .put("date", "2024-0" + (stage.equals("tender") ? 1 : 2) + "-1" + n % 10 + "T10:00:00Z")
                .put("initiationType", "tender");
        release.putArray("tag").add(stage);
        release.putObject("buyer").put("id", "MX-RFC-SAD850101AB1").put("name", "Secretaría de Administración");
        release.putObject("tender").put("id", ocid + "-T").put("title", TITLES[n % TITLES.length] + " " + n);
        if (stage.equals("award")) {
            ObjectNode award = release.putArray("awards").addObject().put("id", ocid + "-A").put("status", "active");
            award.putObject("value").put("amount", 1000 * n + 0.5).put("currency", "MXN");
            award.putArray("suppliers").addObject().put("id", "MX-RFC-NUN900101XY2").put("name", "Papelería Núñez");
        }
        return release;
    }
}
