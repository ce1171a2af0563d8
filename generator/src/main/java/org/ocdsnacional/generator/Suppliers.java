package org.ocdsnacional.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The suppliers of a whole data set, as markets are: national companies that sell to buyers of every state (a few of
 * them win a lot), and many local companies and natural persons that sell in their own state only. Each is made from
 * the seed, its market (national, or its state) and its number alone, so the same supplier appears with the same
 * name and RFC in every data set made from that seed.
 */
final class Suppliers {

    private static final long NATIONAL = 2;
    private static final long LOCAL = 5;
    /** The share of awards that go to national suppliers, and how concentrated each market is (Zipf exponents). */
    private static final double NATIONAL_SHARE = 0.25;
    private static final double NATIONAL_CONCENTRATION = 0.9;
    private static final double LOCAL_CONCENTRATION = 0.7;
    private static final List<String> KINDS = List.of("Comercializadora", "Distribuidora", "Servicios Integrales",
            "Constructora", "Grupo", "Tecnologías", "Proveedora", "Consultores", "Abastecedora", "Ingeniería");
    private static final List<String> CORES = List.of("del Bajío", "Azteca", "Anáhuac", "Huasteca", "Peninsular",
            "del Pacífico", "Tlaloc", "Sierra Madre", "Citlaltépetl", "Norteña", "Mixteca", "Chapultepec",
            "Xochimilco", "del Golfo", "Occidente", "Lacandona", "Mayab", "Purépecha", "Tarahumara", "Cuauhtémoc");
    private static final List<String> FORMS = List.of("S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V.",
            "S.C.");
    private static final List<String> GIVEN = List.of("José", "María", "Juan", "Guadalupe", "Francisco", "Verónica",
            "Jesús", "Rocío", "Martín", "Adriana", "Raúl", "Mónica", "Andrés", "Sofía", "Héctor", "Inés");
    private static final List<String> SURNAMES = List.of("Hernández", "García", "Martínez", "López", "González",
            "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Gómez", "Flores", "Morales", "Vázquez", "Jiménez",
            "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Muñoz",
            "Núñez", "Ávila", "Domínguez");

    private final long seed;
    private final Organization[] national;
    private final int localSize;
    private final Map<MexicanState, Organization[]> local = new ConcurrentHashMap<>();

    private Suppliers(long seed, int nationalSize, int localSize) {
        this.seed = seed;
        this.national = new Organization[nationalSize];
        this.localSize = localSize;
    }

    /** Enough suppliers for {@code processes} over {@code states}: about one for every three processes of a state. */
    static Suppliers forProcesses(long seed, int processes, int states) {
        return new Suppliers(seed, Math.max(40, processes / 25), Math.max(30, processes / states / 3));
    }

    /** A supplier for one award in {@code state}: a national one sometimes, popular ones more often. */
    Organization pick(Draw draw, MexicanState state) {
        if (draw.chance(NATIONAL_SHARE)) {
            int index = draw.zipf(national.length, NATIONAL_CONCENTRATION);
            return made(national, index, () -> make(Draw.of(seed, NATIONAL, index), MexicanState.ALL, index));
        }
        int index = draw.zipf(localSize, LOCAL_CONCENTRATION);
        Organization[] market = local.computeIfAbsent(state, s -> new Organization[localSize]);
        return made(market, index, () -> make(Draw.of(seed, state, LOCAL, index), List.of(state), index));
    }

    private static Organization made(Organization[] market, int index, Supplier<Organization> make) {
        Organization supplier = market[index];
        if (supplier == null) {
            supplier = make.get();
            market[index] = supplier;
        }
        return supplier;
    }

    private static Organization make(Draw draw, List<MexicanState> homes, int index) {
        MexicanState home = draw.pick(homes);
        String locality = draw.pick(home.municipalities());
        if (draw.chance(0.2)) {
            return person(draw, locality, home.name());
        }
        String name = draw.pick(KINDS) + " " + draw.pick(CORES) + (index >= KINDS.size() * CORES.size()
                ? " " + (index / (KINDS.size() * CORES.size()) + 1) : "") + ", " + draw.pick(FORMS);
        LocalDate registered = LocalDate.of(draw.between(1985, 2020), draw.between(1, 12), draw.between(1, 28));
        return new Organization(name, RfcMaker.company(name, registered, draw), locality, home.name());
    }

    private static Organization person(Draw draw, String locality, String region) {
        String given = draw.pick(GIVEN);
        String first = draw.pick(SURNAMES);
        String second = draw.pick(SURNAMES);
        LocalDate born = LocalDate.of(draw.between(1955, 2000), draw.between(1, 12), draw.between(1, 28));
        return new Organization(given + " " + first + " " + second, RfcMaker.person(given, first, second, born, draw),
                locality, region);
    }
}
