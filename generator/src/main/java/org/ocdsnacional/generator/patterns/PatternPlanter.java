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
 * with a 20-day period, each by a buyer of its own, between two regular tenderers whose valid bids are about 10 to
 * 20 % apart (the population the bid-ratio fences are drawn from), companies incorporated decades ago, published the
 * day of the award. The regular tenderers are the population the fences on organizations are drawn from: pairs that
 * meet in five processes, one winning three (ratio 0.6, one classification of the items it is awarded), the other
 * two (ratio 0.4, two classifications); the first of each pair is disqualified once as a third bidder in another
 * pair's process. The planted processes, in 2024:
 * <ul>
 *   <li>R003 a 5-day tender period; R018 a single tenderer in an open tender;</li>
 *   <li>R024 a second bid 0.1 % above the winner's; R058 one 300 % above;</li>
 *   <li>R028 two losing bids of the same amount; R030 the winner's bid received after the deadline;</li>
 *   <li>R035 every other tenderer disqualified; R036 the lowest bid disqualified;</li>
 *   <li>R025 five processes a tenderer bids in and loses, all to one other tenderer (its ratio 0 against the regular
 *       tenderers' lower fence of 0.1, with as many valid bids as they have); R038 two processes of the first pair
 *       of regular tenderers where a third tenderer's bids, its only ones, are disqualified (ratio 1 against the
 *       tenderers' upper fence of about 0.42); R048 two direct awards to a supplier of items in eight
 *       classifications (against the regular tenderers' upper fence of 3.5, with
 *       {@code minimum_contracting_processes = 2}: Cardinal's 20 would take twenty processes of every supplier of
 *       the population);</li>
 *   <li>MX01 a direct award to a company incorporated 46 days before; MX02 a direct award of 800,000 against a
 *       threshold of 500,000; MX03 three direct awards of 200,000 from one buyer to one supplier within 20 days;</li>
 *   <li>MX04 a contract first published 7 months after it was signed; MX05 a contract whose value rose 50 %;</li>
 *   <li>MX06 a direct award to a supplier listed (definitive) two years before, on {@link #REFERENCE_LIST}.</li>
 * </ul>
 * Every other process is a supplier's or tenderer's only one (a single bid each), so no fence on organizations
 * concerns it.
 */
public final class PatternPlanter {

    /** The thresholds (INI sections) MX02 and MX03 are planted against. */
    public static final String THRESHOLDS = """
            [R048]
            minimum_contracting_processes = 2
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
    /** Processes two regular tenderers meet in, and how many of them the first wins. */
    private static final int PAIR_PROCESSES = 5;
    private static final int PAIR_WINS = 3;
    /** The fewest pairs whose ratios (0.4 and 0.6) hold R025's quartiles against the other planted tenderers. */
    private static final int FEWEST_PAIRS = 9;

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
     * {@code pairs} pairs of regular tenderers' processes that raise nothing (five each; at least 9 pairs), then the
     * planted ones. The fences are drawn from the neutral processes and the regular tenderers: planted among
     * generated processes, those may move them.
     */
    public static PlantedProcesses plant(ObjectMapper mapper, long seed, int pairs) {
        if (pairs < FEWEST_PAIRS) {
            throw new IllegalArgumentException("pairs of regular tenderers: " + pairs + " (at least " + FEWEST_PAIRS
                    + ")");
        }
        return new PatternPlanter(mapper, seed).all(pairs);
    }

    /** How many neutral processes {@code pairs} pairs of regular tenderers take. */
    public static int neutralProcesses(int pairs) {
        return pairs * PAIR_PROCESSES;
    }

    private PlantedProcesses all(int pairs) {
        List<Organization> strong = new ArrayList<>();
        List<Organization> weak = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            strong.add(company("Constructora"));
            weak.add(company("Licitante"));
        }
        List<ProcessBuilder> neutral = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            for (int i = 0; i < PAIR_PROCESSES; i++) {
                boolean strongWins = i < PAIR_WINS;
                String code = "%02d".formatted(10 + pair + (strongWins ? 0 : i - PAIR_WINS) * pairs);
                neutral.add(regulars("fondo-" + pair + "-" + i, strongWins ? strong.get(pair) : weak.get(pair),
                        strongWins ? weak.get(pair) : strong.get(pair), code));
            }
        }
        for (int pair = 0; pair < pairs; pair++) {
            neutral.get(pair * PAIR_PROCESSES).bid(strong.get((pair + 1) % pairs), "disqualified",
                    WINNING.multiply(new BigDecimal("1.3")).add(BigDecimal.valueOf(pair)), YEAR + "-02-11")
                    .tenderers(3);
        }
        neutral.forEach(process -> processes.add(List.of(process.json())));
        plantCardinal();
        plantOrganizations(strong.getFirst(), weak.getFirst());
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

    /**
     * R025, R038 and R048: organizations that stand out among the regular tenderers, and the processes that carry
     * their flags. The two R038 processes are between the first pair of regular tenderers, one won by each.
     */
    private void plantOrganizations(Organization strong, Organization weak) {
        Organization loser = company("Perdedora");
        Organization winner = company("Ganadora");
        for (int i = 0; i < PAIR_PROCESSES; i++) {
            planted("R025", regulars("R025-" + i, winner, loser, "").json());
        }
        Organization disqualified = company("Descalificada");
        for (int i = 0; i < 2; i++) {
            planted("R038", regulars("R038-" + i, i == 0 ? strong : weak, i == 0 ? weak : strong, "")
                    .bid(disqualified, "disqualified", new BigDecimal("140000").add(BigDecimal.valueOf(i)),
                            YEAR + "-02-11").tenderers(3).json());
        }
        Organization varied = company("Diversa");
        for (int i = 0; i < 2; i++) {
            ProcessBuilder award = direct("R048-" + i, buyer()).award(YEAR + "-03-01", varied, new BigDecimal("50000"));
            for (int item = 0; item < 4; item++) {
                award.item(Integer.toString(70 + i * 10 + item) + "101500");
            }
            planted("R048", award.json());
        }
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

    /**
     * An open tender won by {@code winner} with the lowest of two valid bids, the second {@code loser}'s 10 to 20 %
     * above; the items awarded classified under {@code classification} (none when blank).
     */
    private ProcessBuilder regulars(String name, Organization winner, Organization loser, String classification) {
        double ratio = 0.10 + random.nextDouble() * 0.10;
        ProcessBuilder process = open(name, "Licitación pública").period(YEAR + "-02-01", YEAR + "-02-21")
                .tenderers(2).bid(winner, "valid", WINNING, YEAR + "-02-10")
                .bid(loser, "valid", WINNING.multiply(BigDecimal.valueOf(1 + ratio)).setScale(2, RoundingMode.HALF_UP),
                        YEAR + "-02-12")
                .award(YEAR + "-03-01", winner, WINNING);
        return classification.isEmpty() ? process : process.item(classification + "101500");
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
