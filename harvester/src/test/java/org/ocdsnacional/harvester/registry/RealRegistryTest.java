package org.ocdsnacional.harvester.registry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealRegistryTest {

    private static Registry registry;

    @BeforeAll
    static void load() throws RegistryException {
        registry = RegistryLoader.load(Path.of("../registry.yaml"));
    }

    @Test
    void listsTheLivePublishersAsActive() {
        List<String> active = registry.active().stream().map(Source::id).toList();
        assertTrue(active.containsAll(List.of("guadalajara", "infocdmx", "inaip-yucatan", "pdn-s6-shcp",
                "pdn-s6-sesea-ags", "pdn-s6-sesaemm-edomex", "pdn-s6-sesea-mch", "pdn-s6-sesae-pue",
                "pdn-s6-sesae-qroo", "pdn-s6-sesea-ver", "nuevo-leon-administracion", "nuevo-leon-smpu",
                "quienesquien")), active::toString);
    }

    @Test
    void keepsRetiredPublishersWithTheirEndpoints() {
        List<String> retired = registry.sources().stream()
                .filter(source -> source.status() == SourceStatus.RETIRED).map(Source::id).toList();
        assertTrue(retired.containsAll(List.of("inai", "izai-zacatecas", "ivai-veracruz", "idaipqroo",
                "iacip-guanajuato", "idaip-durango", "infoem", "cotai-nuevo-leon", "ceaip-sinaloa",
                "itaipue-puebla", "iaip-oaxaca", "apf-api", "compranet-bulk", "jalisco-ocapi",
                "cdmx-contratos-abiertos", "naicm")), retired::toString);
        assertEquals("http://contratacionesabiertas.inai.org.mx:3000",
                registry.find("inai").orElseThrow().parameters().string("baseUrl"));
    }

    @Test
    void readsProtocolParametersAndHttpOptions() {
        Source guadalajara = registry.find("guadalajara").orElseThrow();
        assertEquals("inai-edca", guadalajara.protocol());
        assertEquals("https://contratacionesabiertas.guadalajara.gob.mx:3000",
                guadalajara.parameters().string("baseUrl"));
        assertEquals(Duration.ofMinutes(5), guadalajara.http().readTimeout());
        assertEquals(HttpOptions.DEFAULT_USER_AGENT, guadalajara.http().userAgent());

        Source infocdmx = registry.find("infocdmx").orElseThrow();
        assertEquals(HttpOptions.BROWSER_USER_AGENT, infocdmx.http().userAgent());
        assertEquals(HttpOptions.DEFAULTS.connectTimeout(), infocdmx.http().connectTimeout());

        assertEquals("SHCP", registry.find("pdn-s6-shcp").orElseThrow().parameters().string("supplier_id"));
        assertEquals(List.of(100), registry.find("pdn-s6-shcp").orElseThrow().parameters().integers("pageSize"));
        assertEquals(4L << 30, registry.find("compranet-bulk").orElseThrow().http().maxBodyBytes());
    }

    @Test
    void everySourceHasAKnownProtocolAndAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Source source : registry.sources()) {
            assertTrue(ids.add(source.id()), "duplicate id " + source.id());
            assertTrue(ProtocolCatalog.names().contains(source.protocol()), source.id());
            assertTrue(source.parameters().entryPoint().isPresent(), source.id());
        }
    }

    @Test
    void describesASourceForTheApi() {
        var descriptor = registry.find("inaip-yucatan").orElseThrow().toDescriptor();
        assertEquals("MX-YUC", descriptor.state());
        assertEquals("state", descriptor.level());
        assertEquals("transparency-institute", descriptor.kind());
        assertEquals("active", descriptor.status());
        assertEquals("inai-edca", descriptor.protocol());
        assertFalse(registry.find("nope").isPresent());
    }
}
