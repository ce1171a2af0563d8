package org.ocdsnacional.generator;

import java.util.List;

/**
 * How a process is awarded, as OCDS codes it and as Mexican law names it (the project maps "Invitación a cuando
 * menos tres personas" to {@code selective}); most purchases are direct awards, and many competitive ones receive
 * a single bid.
 */
enum Method {
    OPEN("open", "Licitación pública", 'L', 0.25, 0.20, 2, 8),
    SELECTIVE("selective", "Invitación a cuando menos tres personas", 'I', 0.15, 0.25, 2, 5),
    DIRECT("direct", "Adjudicación directa", 'A', 0.60, 1, 1, 1);

    static final List<Method> ALL = List.of(values());
    private static final double[] WEIGHTS = ALL.stream().mapToDouble(m -> m.share).toArray();

    final String code;
    final String details;
    /** The first letter of procedure numbers, as CompraNet writes them (LA-, IA-, AA-). */
    final char letter;
    private final double share;
    private final double singleBid;
    private final int minBids;
    private final int maxBids;

    Method(String code, String details, char letter, double share, double singleBid, int minBids, int maxBids) {
        this.code = code;
        this.details = details;
        this.letter = letter;
        this.share = share;
        this.singleBid = singleBid;
        this.minBids = minBids;
        this.maxBids = maxBids;
    }

    static Method draw(Draw draw) {
        return draw.weighted(ALL, WEIGHTS);
    }

    boolean competitive() {
        return this != DIRECT;
    }

    /** How many bids a process received: one for a direct award, and often only one in competitive ones too. */
    int bids(Draw draw) {
        return draw.chance(singleBid) ? 1 : draw.between(minBids, maxBids);
    }
}
