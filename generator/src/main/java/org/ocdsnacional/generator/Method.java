package org.ocdsnacional.generator;

import java.util.List;

/** How a process is awarded, as OCDS codes it and as Mexican law names it; most purchases are direct awards. */
enum Method {
    OPEN("open", "Licitación pública", 0.25, 3, 9),
    SELECTIVE("selective", "Invitación a cuando menos tres personas", 0.15, 3, 5),
    DIRECT("direct", "Adjudicación directa", 0.60, 1, 1);

    static final List<Method> ALL = List.of(values());
    private static final double[] WEIGHTS = ALL.stream().mapToDouble(m -> m.share).toArray();

    final String code;
    final String details;
    private final double share;
    final int minTenderers;
    final int maxTenderers;

    Method(String code, String details, double share, int minTenderers, int maxTenderers) {
        this.code = code;
        this.details = details;
        this.share = share;
        this.minTenderers = minTenderers;
        this.maxTenderers = maxTenderers;
    }

    static Method draw(Draw draw) {
        return draw.weighted(ALL, WEIGHTS);
    }
}
