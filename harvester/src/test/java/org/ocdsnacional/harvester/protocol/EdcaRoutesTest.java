package org.ocdsnacional.harvester.protocol;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EdcaRoutesTest {

    @Test
    void buildsTheReadRoutesUnderTheBaseUrl() {
        EdcaRoutes routes = EdcaRoutes.of("https://captura.example.org/api/");
        assertEquals(URI.create("https://captura.example.org/api/edca/fiscalYears"), routes.fiscalYears());
        assertEquals(URI.create("https://captura.example.org/api/edca/contractingprocess/2021"),
                routes.contractingProcesses(2021));
    }

    @Test
    void refusesABaseUrlThatWouldReachTheGenerateRoutes() {
        EdcaRoutes routes = EdcaRoutes.of("http://example.org:3000/generate/releases");
        assertThrows(IllegalArgumentException.class, routes::fiscalYears);
    }
}
