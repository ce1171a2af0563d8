package org.ocdsnacional.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is bought: the category OCDS names, the words a title is made of, the unit, a CUCOP-style classification,
 * the median amount (MXN) and spread of such purchases, and the sectors of the buyers that buy it
 * ({@code general}: any buyer).
 */
record Purchase(String category, String verb, String object, String detail, String unit, String classification,
                double median, double spread, Set<String> sectors) {

    /** The catalogue the generator draws from; accents as publishers write them. */
    static final List<Purchase> CATALOGUE = List.of(
            goods("Adquisición de", "medicamentos y material de curación", "para los centros de salud", "Caja", "25300", 420_000,
                    "salud"),
            goods("Adquisición de", "equipo de cómputo y periféricos", "para las oficinas administrativas", "Pieza", "51500", 680_000,
                    "general"),
            goods("Suministro de", "papelería y artículos de oficina", "para el ejercicio fiscal", "Paquete", "21100", 95_000,
                    "general"),
            goods("Adquisición de", "uniformes y calzado de seguridad", "para el personal operativo", "Pieza", "27100", 310_000,
                    "seguridad general"),
            goods("Adquisición de", "vehículos tipo pick-up", "para la supervisión de obras", "Unidad", "54100", 1_900_000,
                    "general obra"),
            goods("Suministro de", "combustible (gasolina y diésel)", "para el parque vehicular", "Litro", "26100", 850_000,
                    "general"),
            goods("Adquisición de", "mobiliario escolar", "para escuelas de educación básica", "Pieza", "51100", 540_000,
                    "educacion"),
            goods("Suministro de", "alimentos perecederos", "para comedores comunitarios", "Kilogramo", "22100", 260_000,
                    "social"),
            goods("Adquisición de", "equipo médico de diagnóstico", "para el hospital general", "Equipo", "53100", 2_300_000,
                    "salud"),
            goods("Adquisición de", "luminarias LED", "para el alumbrado público", "Pieza", "24600", 1_100_000,
                    "municipio"),
            works("Pavimentación con concreto hidráulico de", "calles", "en la cabecera municipal", "Metro cuadrado", "61400", 4_500_000,
                    "municipio obra"),
            works("Rehabilitación de", "escuelas primarias", "dañadas por el sismo", "Obra", "62200", 2_800_000,
                    "educacion obra"),
            works("Construcción de", "un puente vehicular", "sobre el río", "Obra", "61300", 12_000_000,
                    "obra"),
            works("Ampliación de", "la red de agua potable", "en colonias populares", "Metro lineal", "61200", 3_200_000,
                    "agua municipio"),
            works("Construcción de", "un centro de salud", "de primer nivel", "Obra", "62100", 9_500_000,
                    "salud obra"),
            services("Contratación del servicio de", "limpieza integral", "de los inmuebles", "Servicio", "35800", 720_000,
                    "general"),
            services("Contratación del servicio de", "vigilancia y seguridad privada", "de las instalaciones", "Servicio", "33800", 980_000,
                    "general seguridad"),
            services("Contratación del servicio de", "mantenimiento preventivo y correctivo de vehículos", "oficiales", "Servicio", "35500", 380_000,
                    "general obra"),
            services("Contratación de", "consultoría para la evaluación de programas", "sociales", "Servicio", "33100", 560_000,
                    "general social"),
            services("Arrendamiento de", "maquinaria pesada", "para obras de bacheo", "Mes", "32500", 640_000,
                    "obra agua municipio"),
            services("Contratación del servicio de", "fumigación y control de plagas", "en mercados públicos", "Servicio", "35900", 120_000,
                    "municipio salud"),
            services("Contratación de", "capacitación en transparencia y datos abiertos", "para servidores públicos", "Curso", "33400", 150_000,
                    "general"),
            services("Desarrollo de", "un sistema de gestión de trámites en línea", "para la ciudadanía", "Servicio", "33300", 1_400_000,
                    "general"),
            services("Contratación de", "seguros de bienes patrimoniales", "y del parque vehicular", "Póliza", "34500", 2_100_000,
                    "general"));

    /** A title such as "Adquisición de medicamentos y material de curación para los centros de salud". */
    String title() {
        return verb + " " + object + " " + detail;
    }

    private static final Map<String, List<Purchase>> BY_SECTOR = new ConcurrentHashMap<>();

    /** What a buyer of {@code sector} buys: its sector's purchases, and general ones. */
    static List<Purchase> forSector(String sector) {
        return BY_SECTOR.computeIfAbsent(sector, s -> CATALOGUE.stream()
                .filter(p -> p.sectors.contains(s) || p.sectors.contains("general")).toList());
    }

    private static Purchase goods(String verb, String object, String detail, String unit, String code, double median,
                                  String sectors) {
        return new Purchase("goods", verb, object, detail, unit, code, median, 1.2, Set.of(sectors.split(" ")));
    }

    private static Purchase works(String verb, String object, String detail, String unit, String code, double median,
                                  String sectors) {
        return new Purchase("works", verb, object, detail, unit, code, median, 1.3, Set.of(sectors.split(" ")));
    }

    private static Purchase services(String verb, String object, String detail, String unit, String code,
                                     double median, String sectors) {
        return new Purchase("services", verb, object, detail, unit, code, median, 1.1, Set.of(sectors.split(" ")));
    }
}
