package org.ocdsnacional.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public entities that buy in a state: its secretariats, agencies and autonomous bodies, and its main
 * municipalities (alcaldías in Mexico City), each with an RFC of its own.
 */
final class Buyers {

    private static final long STREAM = 3;
    /** State entities as name templates and the sector of what they buy. */
    private static final List<String[]> STATE_ENTITIES = List.of(
            new String[]{"Secretaría de Salud de %s", "salud"},
            new String[]{"Secretaría de Educación de %s", "educacion"},
            new String[]{"Secretaría de Administración y Finanzas de %s", "general"},
            new String[]{"Secretaría de Infraestructura y Obra Pública de %s", "obra"},
            new String[]{"Secretaría de Seguridad Pública de %s", "seguridad"},
            new String[]{"Comisión Estatal del Agua de %s", "agua"},
            new String[]{"Sistema para el Desarrollo Integral de la Familia de %s", "social"},
            new String[]{"Instituto de Pensiones del Estado de %s", "general"},
            new String[]{"Congreso del Estado de %s", "general"},
            new String[]{"Universidad Autónoma de %s", "educacion"});

    private final long seed;
    private final Map<MexicanState, List<Buyer>> byState = new ConcurrentHashMap<>();

    /** A buyer and the sector of what it buys ({@code salud}, {@code obra}, {@code municipio}...). */
    record Buyer(Organization organization, String sector) {
    }

    Buyers(long seed) {
        this.seed = seed;
    }

    /** Every buyer of {@code state}, in a fixed order. */
    List<Buyer> of(MexicanState state) {
        return byState.computeIfAbsent(state, s -> make(s, seed));
    }

    private static List<Buyer> make(MexicanState state, long seed) {
        List<Buyer> buyers = new ArrayList<>();
        for (String[] entity : STATE_ENTITIES) {
            buyers.add(new Buyer(entity(entity[0].formatted(state.name()), state, state.municipalities().getFirst(),
                    seed, buyers.size()), entity[1]));
        }
        for (String municipality : state.municipalities()) {
            String name = (state.hasAlcaldias() ? "Alcaldía " : "Municipio de ") + municipality;
            buyers.add(new Buyer(entity(name, state, municipality, seed, buyers.size()), "municipio"));
        }
        return buyers;
    }

    private static Organization entity(String name, MexicanState state, String locality, long seed, int index) {
        Draw draw = Draw.of(seed ^ state.code().hashCode(), STREAM, index);
        LocalDate created = LocalDate.of(draw.between(1970, 2015), draw.between(1, 12), draw.between(1, 28));
        return new Organization(name, RfcMaker.company(name, created, draw), locality, state.name());
    }
}
