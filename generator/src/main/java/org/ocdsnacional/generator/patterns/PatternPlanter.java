package org.ocdsnacional.generator.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plants each pattern a red flag looks for in processes of its own, among neutral ones that raise none: open tenders
 * with a 20-day period, two tenderers and two valid bids about 10 to 20 % apart (the population the bid-ratio
 * fences are drawn from), each by buyers and suppliers of their own, incorporated decades ago, published the day of
 * the award. The planted processes, in 2024:
 * <ul>
 *   <li>R003 a 5-day tender period; R018 a single tenderer in an open tender;</li>
 *   <li>R024 a second bid 0.1 % above the winner's; R058 one 300 % above;</li>
 *   <li>R028 two losing bids of the same amount; R030 the winner's bid received after the deadline;</li>
 *   <li>R035 every other tenderer disqualified; R036 the lowest bid disqualified;</li>
 *   <li>MX01 a direct award to a company incorporated 46 days before; MX02 a direct award of 800,000 against a
 *       threshold of 500,000; MX03 three direct awards of 200,000 from one buyer to one supplier within 20 days;</li>
 *   <li>MX04 a contract first published 7 months after it was signed; MX05 a contract whose value rose 50 %;</li>
 *   <li>MX06 a direct award to a supplier listed (definitive) two years before, on {@link #REFERENCE_LIST}.</li>
 * </ul>
 * R025, R038 and R048 are left unplanted: the neutral population gives them no fence to cross.
 */
public final class PatternPlanter {

    /** The thresholds (INI sections) MX02 and MX03 are planted against. */
    public static final String THRESHOLDS = """
            [MX02.direct_award]
            2024 = 500000
            [MX03]
            window_days = 30
            """;
    /** The name of the reference list a planted supplier is on. */
    public static final String REFERENCE_LIST = "Lista de prueba";

    private static final String PREFIX = "ocds-pl4nt0-";
    private static final String YEAR = "2024";
    private static final BigDecimal WINNING = new BigDecimal("100000");

    private final ObjectMapper mapper;
    private final SplittableRandom random;
    private final Map<String, List<String>> planted = new LinkedHashMap<>();
    private final List<List<ObjectNode>> processes = new ArrayList<>();
    private int organizations;

    private PatternPlanter(ObjectMapper mapper, long seed) {
        this.mapper = mapper;
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code neutral} processes that raise nothing, then the planted ones. Planted alone, the bid-ratio fences of
     * R024 and R058 are drawn from the neutral processes: at least 20 give fences the planted ratios cross. Among
     * other processes ({@code neutral} 0), those draw the fences.
     */
    public static PlantedProcesses plant(ObjectMapper mapper, long seed, int neutral) {
        if (neutral < 0) {
            throw new IllegalArgumentException("neutral processes: " + neutral);
        }
        return new PatternPlanter(mapper, seed).all(neutral);
    }

    private PlantedProcesses all(int neutral) {
        for (int i = 0; i < neutral; i++) {
            double ratio = 0.10 + random.nextDouble() * 0.10;
            processes.add(List.of(bids("fondo-" + i, WINNING.multiply(BigDecimal.valueOf(1 + ratio))
                    .setScale(2, RoundingMode.HALF_UP)).json()));
        }
        plantCardinal();
        Organization listed = plantMexican();
        String list = "RFC,Nombre,Situación,Fecha\n" + listed.rfc() + ",\"" + listed.name() + "\",Definitivo,"
                + "01/06/2022\n";
        return new PlantedProcesses(processes, planted, list, THRESHOLDS);
    }

    private void plantCardinal() {
        planted("R003", open("R003", "Licitación pública").period(YEAR + "-02-01", YEAR + "-02-06").tenderers(2)
                .award(YEAR + "-02-20", company("Proveedora"), WINNING).json());
        planted("R018", open("R018", "Licitación pública").period(YEAR + "-02-01", YEAR + "-02-21").tenderers(1)
                .award(YEAR + "-03-01", company("Proveedora"), WINNING).json());
        planted("R024", bids("R024", new BigDecimal("100100")).json());
        planted("R058", bids("R058", new BigDecimal("400000")).json());
        ProcessBuilder identical = bids("R028", new BigDecimal("112000"));
        identical.bid(company("Licitante"), "valid", new BigDecimal("112000"), YEAR + "-02-10");
        planted("R028", identical.tenderers(3).json());
        Organization winner = company("Ganadora");
        planted("R030", open("R030", "Licitación pública").period(YEAR + "-02-01", YEAR + "-02-21").tenderers(2)
                .bid(winner, "valid", WINNING, YEAR + "-02-25")
                .bid(company("Licitante"), "valid", new BigDecimal("115000"), YEAR + "-02-10")
                .award(YEAR + "-03-01", winner, WINNING).json());
        Organization sole = company("Ganadora");
        planted("R035", open("R035", "Licitación pública", buyer()).period(YEAR + "-02-01", YEAR + "-02-21")
                .tenderers(3).bid(sole, "valid", WINNING, YEAR + "-02-10")
                .bid(company("Licitante"), "disqualified", new BigDecimal("120000"), YEAR + "-02-10")
                .bid(company("Licitante"), "disqualified", new BigDecimal("130000"), YEAR + "-02-10")
                .award(YEAR + "-03-01", sole, WINNING).json());
        Organization cheapest = company("Ganadora");
        planted("R036", open("R036", "Licitación pública", buyer()).period(YEAR + "-02-01", YEAR + "-02-21")
                .tenderers(3).bid(cheapest, "valid", WINNING, YEAR + "-02-10")
                .bid(company("Licitante"), "valid", new BigDecimal("115000"), YEAR + "-02-10")
                .bid(company("Licitante"), "disqualified", new BigDecimal("90000"), YEAR + "-02-10")
                .award(YEAR + "-03-01", cheapest, WINNING).json());
    }

    private Organization plantMexican() {
        Organization young = Organization.company("NUE", "240115", ++organizations, "Nueva Empresa SA de CV");
        planted("MX01", direct("MX01", buyer()).award(YEAR + "-03-01", young, WINNING).json());
        planted("MX02", direct("MX02", buyer()).award(YEAR + "-03-01", company("Proveedora"),
                new BigDecimal("800000")).json());
        Organization buyer = buyer();
        Organization supplier = company("Proveedora");
        for (String day : List.of("05-01", "05-10", "05-20")) {
            planted("MX03", direct("MX03-" + day, buyer).award(YEAR + "-" + day, supplier,
                    new BigDecimal("200000")).json());
        }
        ObjectNode late = direct("MX04", buyer()).award(YEAR + "-01-10", company("Proveedora"), WINNING)
                .contract(YEAR + "-01-15", WINNING).json();
        late.put("date", YEAR + "-08-20T10:00:00-06:00");
        planted("MX04", late);
        Organization contractor = company("Proveedora");
        Organization amendingBuyer = buyer();
        ObjectNode signed = direct("MX05", amendingBuyer).award(YEAR + "-02-01", contractor, WINNING)
                .contract(YEAR + "-02-01", WINNING).json();
        signed.put("date", YEAR + "-02-01T10:00:00-06:00");
        ObjectNode raised = direct("MX05", amendingBuyer).award(YEAR + "-02-01", contractor, WINNING)
                .contract(YEAR + "-02-01", new BigDecimal("150000")).json();
        raised.put("id", raised.path("ocid").asText() + "-2").put("date", YEAR + "-03-01T10:00:00-06:00");
        planted("MX05", List.of(signed, raised));
        Organization listed = Organization.company("LIS", "990101", ++organizations, "Empresa Listada SA de CV");
        planted("MX06", direct("MX06", buyer()).award(YEAR + "-04-01", listed, WINNING).json());
        return listed;
    }

    /** A neutral open tender won by the lowest of two valid bids, the second of {@code losing}. */
    private ProcessBuilder bids(String name, BigDecimal losing) {
        Organization winner = company("Ganadora");
        return open(name, "Licitación pública").period(YEAR + "-02-01", YEAR + "-02-21").tenderers(2)
                .bid(winner, "valid", WINNING, YEAR + "-02-10")
                .bid(company("Licitante"), "valid", losing, YEAR + "-02-12")
                .award(YEAR + "-03-01", winner, WINNING);
    }

    private ProcessBuilder open(String name, String details) {
        return open(name, details, buyer());
    }

    private ProcessBuilder open(String name, String details, Organization buyer) {
        return ProcessBuilder.release(mapper, PREFIX + name, PREFIX + name + "-1", YEAR + "-03-01", buyer)
                .tender("Adquisición de bienes " + name, "open", details);
    }

    private ProcessBuilder direct(String name, Organization buyer) {
        String day = YEAR + "-03-01";
        return ProcessBuilder.release(mapper, PREFIX + name, PREFIX + name + "-1", day, buyer)
                .tender("Adjudicación " + name, "direct", "Adjudicación directa");
    }

    /** A public entity of its own, so that no two planted processes share a buyer unless asked. */
    private Organization buyer() {
        return Organization.company("SEC", "770101", ++organizations, "Secretaría " + organizations);
    }

    /** A company incorporated in 1995, of its own. */
    private Organization company(String kind) {
        return Organization.company(kind.substring(0, 3).toUpperCase(java.util.Locale.ROOT), "950101",
                ++organizations, kind + " " + organizations + " SA de CV");
    }

    private void planted(String code, ObjectNode release) {
        planted(code, List.of(release));
    }

    private void planted(String code, List<ObjectNode> releases) {
        processes.add(releases);
        planted.computeIfAbsent(code, c -> new ArrayList<>()).add(releases.getFirst().path("ocid").asText());
    }
}
