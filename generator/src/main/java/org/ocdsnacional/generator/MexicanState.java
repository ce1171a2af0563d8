package org.ocdsnacional.generator;

import java.util.List;
import java.util.Optional;

/**
 * A Mexican state: ISO 3166-2 code, name, the abbreviation used in ocids, and a few of its municipalities (the
 * capital first).
 */
public record MexicanState(String code, String name, String abbreviation, List<String> municipalities) {

    /** All 32, in the order of their codes. */
    public static final List<MexicanState> ALL = List.of(
            of("MX-AGU", "Aguascalientes", "AGS", "Aguascalientes", "Jesús María", "Calvillo"),
            of("MX-BCN", "Baja California", "BC", "Mexicali", "Tijuana", "Ensenada"),
            of("MX-BCS", "Baja California Sur", "BCS", "La Paz", "Los Cabos", "Comondú"),
            of("MX-CAM", "Campeche", "CAM", "Campeche", "Carmen", "Champotón"),
            of("MX-CHP", "Chiapas", "CHIS", "Tuxtla Gutiérrez", "Tapachula", "San Cristóbal de las Casas"),
            of("MX-CHH", "Chihuahua", "CHIH", "Chihuahua", "Juárez", "Delicias"),
            of("MX-CMX", "Ciudad de México", "CDMX", "Cuauhtémoc", "Coyoacán", "Iztapalapa"),
            of("MX-COA", "Coahuila de Zaragoza", "COAH", "Saltillo", "Torreón", "Monclova"),
            of("MX-COL", "Colima", "COL", "Colima", "Manzanillo", "Tecomán"),
            of("MX-DUR", "Durango", "DGO", "Durango", "Gómez Palacio", "Lerdo"),
            of("MX-GUA", "Guanajuato", "GTO", "Guanajuato", "León", "Irapuato"),
            of("MX-GRO", "Guerrero", "GRO", "Chilpancingo de los Bravo", "Acapulco de Juárez", "Iguala"),
            of("MX-HID", "Hidalgo", "HGO", "Pachuca de Soto", "Tulancingo", "Tula de Allende"),
            of("MX-JAL", "Jalisco", "JAL", "Guadalajara", "Zapopan", "Tlaquepaque"),
            of("MX-MEX", "Estado de México", "MEX", "Toluca", "Ecatepec de Morelos", "Naucalpan de Juárez"),
            of("MX-MIC", "Michoacán de Ocampo", "MICH", "Morelia", "Uruapan", "Zamora"),
            of("MX-MOR", "Morelos", "MOR", "Cuernavaca", "Jiutepec", "Cuautla"),
            of("MX-NAY", "Nayarit", "NAY", "Tepic", "Bahía de Banderas", "Santiago Ixcuintla"),
            of("MX-NLE", "Nuevo León", "NL", "Monterrey", "San Nicolás de los Garza", "Apodaca"),
            of("MX-OAX", "Oaxaca", "OAX", "Oaxaca de Juárez", "Salina Cruz", "Juchitán de Zaragoza"),
            of("MX-PUE", "Puebla", "PUE", "Puebla", "Tehuacán", "San Martín Texmelucan"),
            of("MX-QUE", "Querétaro", "QRO", "Querétaro", "San Juan del Río", "Corregidora"),
            of("MX-ROO", "Quintana Roo", "QROO", "Othón P. Blanco", "Benito Juárez", "Solidaridad"),
            of("MX-SLP", "San Luis Potosí", "SLP", "San Luis Potosí", "Soledad de Graciano Sánchez", "Ciudad Valles"),
            of("MX-SIN", "Sinaloa", "SIN", "Culiacán", "Mazatlán", "Ahome"),
            of("MX-SON", "Sonora", "SON", "Hermosillo", "Cajeme", "Nogales"),
            of("MX-TAB", "Tabasco", "TAB", "Centro", "Cárdenas", "Comalcalco"),
            of("MX-TAM", "Tamaulipas", "TAMPS", "Victoria", "Reynosa", "Matamoros"),
            of("MX-TLA", "Tlaxcala", "TLAX", "Tlaxcala", "Apizaco", "Huamantla"),
            of("MX-VER", "Veracruz de Ignacio de la Llave", "VER", "Xalapa", "Veracruz", "Coatzacoalcos"),
            of("MX-YUC", "Yucatán", "YUC", "Mérida", "Valladolid", "Progreso"),
            of("MX-ZAC", "Zacatecas", "ZAC", "Zacatecas", "Fresnillo", "Guadalupe"));

    public MexicanState {
        municipalities = List.copyOf(municipalities);
    }

    /** The state with ISO code {@code code} ({@code MX-JAL}), if there is one. */
    public static Optional<MexicanState> byCode(String code) {
        return ALL.stream().filter(state -> state.code.equalsIgnoreCase(code)).findFirst();
    }

    /** Whether its municipalities are called alcaldías (Mexico City). */
    boolean hasAlcaldias() {
        return code.equals("MX-CMX");
    }

    private static MexicanState of(String code, String name, String abbreviation, String... municipalities) {
        return new MexicanState(code, name, abbreviation, List.of(municipalities));
    }
}
