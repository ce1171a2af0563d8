package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Mexican releases, deterministic for a seed: three stages per process (tender, award, contract), a
 * buyer and supplier with RFC identifiers, Spanish titles with accents, amounts in pesos. About 2.5 KB each.
 * Written as one release package, streamed, so that files of any size can be made in little memory.
 */
public final class ReleaseGenerator {

    private static final String[] STAGES = {"tender", "award", "contract"};
    private static final List<String> GOODS = List.of("medicamentos", "equipo de cómputo", "papelería",
            "servicios de limpieza", "mantenimiento de vehículos", "uniformes", "combustible", "obra pública",
            "material de construcción", "servicios de vigilancia", "alimentos para comedores", "licencias de software");
    private static final List<String> BUYERS = List.of("Secretaría de Salud", "Secretaría de Educación Pública",
            "Secretaría de Administración", "Comisión Estatal del Agua", "Secretaría de Infraestructura y Obra Pública",
            "Instituto de Pensiones del Estado", "Fiscalía General del Estado", "Secretaría de Movilidad");
    private static final List<String> SUPPLIERS = List.of("Distribuidora Médica del Bajío", "Constructora Peña y Asociados",
            "Papelería Núñez", "Servicios Integrales de Occidente", "Tecnología Aplicada de México",
            "Comercializadora Díaz Ordaz", "Grupo Industrial Yucateco", "Limpieza Profesional del Norte");
    private static final List<String> METHODS = List.of("open", "selective", "direct");
    private static final List<String> METHOD_DETAILS = List.of("Licitación pública",
            "Invitación a cuando menos tres personas", "Adjudicación directa");

    private final ObjectMapper mapper;
    private final String prefix;

    public ReleaseGenerator(ObjectMapper mapper, String prefix) {
        this.mapper = mapper;
        this.prefix = prefix;
    }

    /** Writes a release package of {@code count} releases (three per process) to {@code file}; returns its size. */
    public long writePackage(Path file, int count) throws IOException {
        try (JsonGenerator out = mapper.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("uri", "https://example.org/" + prefix + ".json");
            out.writeStringField("version", "1.1");
            out.writeStringField("publishedDate", "2026-01-01T00:00:00Z");
            out.writeObjectFieldStart("publisher");
            out.writeStringField("name", "Generador de pruebas");
            out.writeEndObject();
            out.writeArrayFieldStart("releases");
            for (int i = 0; i < count; i++) {
                mapper.writeTree(out, release(i / STAGES.length, i % STAGES.length));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return Files.size(file);
    }

    /** Writes releases until the package holds at least {@code bytes} bytes; returns the number of releases. */
    public int writePackageOfSize(Path file, long bytes) throws IOException {
        int estimate = (int) Math.max(3, bytes / 2_400);
        while (writePackage(file, estimate) < bytes) {
            estimate = (int) (estimate * 1.1) + 3;
        }
        return estimate;
    }

    /** The {@code stage}-th release (0 tender, 1 award, 2 contract) of process {@code process}. */
    public ObjectNode release(int process, int stage) {
        SplittableRandom random = new SplittableRandom(process * 31L + 7);
        String ocid = prefix + "-" + String.format("%08d", process);
        LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_500));
        String good = GOODS.get(random.nextInt(GOODS.size()));
        String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
        String supplier = SUPPLIERS.get(random.nextInt(SUPPLIERS.size()));
        int method = random.nextInt(METHODS.size());
        long amount = 10_000 + random.nextLong(50_000_000);
        ObjectNode release = mapper.createObjectNode();
        release.put("ocid", ocid).put("id", ocid + "-" + STAGES[stage])
                .put("date", day.plusDays(stage * 20L) + "T10:00:00-06:00").put("initiationType", "tender")
                .put("language", "es");
        release.putArray("tag").add(STAGES[stage]);
        parties(release.putArray("parties"), buyer, supplier, process);
        release.putObject("buyer").put("id", buyerId(buyer)).put("name", buyer);
        tender(release.putObject("tender"), ocid, good, buyer, method, amount, day);
        if (stage >= 1) {
            award(release.putArray("awards").addObject(), ocid, good, supplier, process, amount, day);
        }
        if (stage == 2) {
            contract(release.putArray("contracts").addObject(), ocid, good, amount, day);
        }
        return release;
    }

    private static void parties(ArrayNode parties, String buyer, String supplier, int process) {
        ObjectNode buying = parties.addObject().put("id", buyerId(buyer)).put("name", buyer);
        buying.putArray("roles").add("buyer").add("procuringEntity");
        buying.putObject("address").put("streetAddress", "Av. Juárez 123").put("locality", "Guadalajara")
                .put("region", "Jalisco").put("postalCode", "44100").put("countryName", "México");
        ObjectNode selling = parties.addObject().put("id", supplierId(supplier, process)).put("name", supplier);
        selling.putArray("roles").add("supplier").add("tenderer");
        selling.putObject("identifier").put("scheme", "MX-RFC").put("id", rfc(process))
                .put("legalName", supplier + " S.A. de C.V.");
    }

    private static void tender(ObjectNode tender, String ocid, String good, String buyer, int method, long amount,
                               LocalDate day) {
        tender.put("id", ocid + "-T").put("title", "Adquisición de " + good + " para " + buyer)
                .put("description", "Contratación de " + good + " conforme a la Ley de Adquisiciones, "
                        + "Arrendamientos y Servicios del Sector Público, ejercicio fiscal " + day.getYear())
                .put("status", "complete").put("procurementMethod", METHODS.get(method))
                .put("procurementMethodDetails", METHOD_DETAILS.get(method)).put("mainProcurementCategory", "goods");
        tender.putObject("value").put("amount", amount).put("currency", "MXN");
        tender.putObject("procuringEntity").put("id", buyerId(buyer)).put("name", buyer);
        tender.putObject("tenderPeriod").put("startDate", day + "T09:00:00-06:00")
                .put("endDate", day.plusDays(15) + "T18:00:00-06:00");
        ObjectNode item = tender.putArray("items").addObject().put("id", "1").put("description", good)
                .put("quantity", 1 + amount % 500);
        item.putObject("classification").put("scheme", "CUCOP").put("id", Long.toString(20_000 + amount % 9_000))
                .put("description", good);
        item.putObject("unit").put("name", "Pieza").putObject("value").put("amount", amount / 100)
                .put("currency", "MXN");
    }

    private static void award(ObjectNode award, String ocid, String good, String supplier, int process, long amount,
                              LocalDate day) {
        award.put("id", ocid + "-A1").put("title", "Fallo: " + good).put("status", "active")
                .put("date", day.plusDays(20) + "T12:00:00-06:00");
        award.putObject("value").put("amount", amount - amount / 20).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", supplierId(supplier, process)).put("name", supplier);
    }

    private static void contract(ObjectNode contract, String ocid, String good, long amount, LocalDate day) {
        contract.put("id", ocid + "-C1").put("awardID", ocid + "-A1").put("title", "Contrato de " + good)
                .put("status", "active").put("dateSigned", day.plusDays(40) + "T12:00:00-06:00");
        contract.putObject("value").put("amount", amount - amount / 20).put("currency", "MXN");
        contract.putObject("period").put("startDate", day.plusDays(41) + "T00:00:00-06:00")
                .put("endDate", day.plusDays(400) + "T00:00:00-06:00");
    }

    private static String buyerId(String buyer) {
        return "MX-GOB-" + Integer.toHexString(buyer.hashCode() & 0xffff).toUpperCase();
    }

    private static String supplierId(String supplier, int process) {
        return "MX-RFC-" + rfc(process % 5_000 + supplier.length());
    }

    private static String rfc(int n) {
        return String.format("ABC%06d%03X", 100_000 + n % 899_999, n % 4_096);
    }
}
