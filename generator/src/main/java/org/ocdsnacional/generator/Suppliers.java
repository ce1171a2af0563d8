package org.ocdsnacional.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The suppliers of a whole data set: companies and some natural persons, each made from the seed and its number
 * alone, so that the same supplier appears with the same name and RFC in every state and for every buyer. A few
 * win many contracts, most win few.
 */
final class Suppliers {

    private static final long STREAM = 2;
    private static final double POPULARITY = 1.25;
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
    private final int size;
    private final Organization[] made;

    private Suppliers(long seed, int size) {
        this.seed = seed;
        this.size = size;
        this.made = new Organization[size];
    }

    /** Enough suppliers for {@code processes}: about one for every four processes, at least 40. */
    static Suppliers forProcesses(long seed, int processes) {
        return new Suppliers(seed, Math.max(40, processes / 4));
    }

    int size() {
        return size;
    }

    /** A supplier for one award: popular ones more often. */
    Organization pick(Draw draw) {
        return get(draw.zipf(size, POPULARITY));
    }

    /** Supplier number {@code index}, always the same for the same seed. */
    Organization get(int index) {
        Organization supplier = made[index];
        if (supplier == null) {
            supplier = make(index);
            made[index] = supplier;
        }
        return supplier;
    }

    private Organization make(int index) {
        Draw draw = Draw.of(seed, STREAM, index);
        MexicanState home = draw.pick(MexicanState.ALL);
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
