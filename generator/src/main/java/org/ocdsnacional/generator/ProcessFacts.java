package org.ocdsnacional.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one contracting process, drawn once; each release shows what was known at its stage.
 *
 * @param ocid       the process's ocid
 * @param state      the state of the buyer
 * @param buyer      the public entity that buys
 * @param purchase   what it buys
 * @param method     how it is awarded
 * @param tenderers  who bid (the winner first)
 * @param currency   MXN mostly, sometimes USD or EUR
 * @param estimated  the tender's estimated value
 * @param awarded    the awarded (and contracted) value
 * @param quantities quantity of each item
 * @param dates      when each stage happened
 * @param stages     the stages at which a release was published, in order
 */
record ProcessFacts(String ocid, MexicanState state, Organization buyer, Purchase purchase, Method method,
                    List<Organization> tenderers, String currency, BigDecimal estimated, BigDecimal awarded,
                    List<Integer> quantities, Dates dates, List<Stage> stages) {

    private static final long STREAM = 4;
    private static final double[] RELEASE_COUNT_WEIGHTS = {0.10, 0.15, 0.20, 0.25, 0.15, 0.15};
    private static final List<Integer> RELEASE_COUNTS = List.of(1, 2, 3, 4, 5, 6);

    /** The stage dates. */
    record Dates(LocalDate planning, LocalDate tenderStart, LocalDate tenderEnd, LocalDate amendment,
                 LocalDate amendedEnd, LocalDate award, LocalDate signed, LocalDate contractEnd,
                 LocalDate implementation) {

        static Dates draw(int year, Draw draw) {
            LocalDate planning = LocalDate.of(year, 1, 1).plusDays(draw.between(0, 300));
            LocalDate tenderStart = planning.plusDays(draw.between(10, 40));
            LocalDate tenderEnd = tenderStart.plusDays(draw.between(15, 30));
            LocalDate amendment = tenderStart.plusDays(draw.between(3, 10));
            LocalDate award = tenderEnd.plusDays(draw.between(12, 25));
            LocalDate signed = award.plusDays(draw.between(3, 15));
            return new Dates(planning, tenderStart, tenderEnd, amendment, tenderEnd.plusDays(7), award, signed,
                    signed.plusDays(draw.between(60, 300)), signed.plusDays(draw.between(30, 55)));
        }

        LocalDate of(Stage stage) {
            return switch (stage) {
                case PLANNING -> planning;
                case TENDER -> tenderStart;
                case TENDER_AMENDMENT -> amendment;
                case AWARD -> award;
                case CONTRACT -> signed;
                case IMPLEMENTATION -> implementation;
            };
        }
    }

    /** The facts of process {@code index} of a data set. */
    static ProcessFacts draw(GeneratorSettings settings, Buyers buyers, Suppliers suppliers, int index,
                             ProcessHeader header) {
        Draw draw = Draw.of(settings.seed(), STREAM, index);
        Buyers.Buyer buyer = draw.pick(buyers.of(header.state()));
        Purchase purchase = draw.pick(Purchase.forSector(buyer.sector()));
        Method method = Method.draw(draw);
        String currency = draw.weighted(List.of("MXN", "USD", "EUR"), new double[]{0.95, 0.035, 0.015});
        double pesos = draw.logNormal(purchase.median(), purchase.spread());
        BigDecimal estimated = money(pesos / rate(currency));
        BigDecimal awarded = money(estimated.doubleValue() * (0.85 + 0.17 * draw.uniform()));
        return new ProcessFacts(header.ocid(), header.state(), buyer.organization(), purchase, method, tenderers(method, suppliers,
                draw), currency, estimated, awarded, quantities(draw), Dates.draw(header.year(), draw),
                stages(settings, draw));
    }

    boolean has(Stage stage) {
        return stages.getLast().reached(stage);
    }

    Organization winner() {
        return tenderers.getFirst();
    }

    private static List<Organization> tenderers(Method method, Suppliers suppliers, Draw draw) {
        int count = draw.between(method.minTenderers, method.maxTenderers);
        List<Organization> bidders = new ArrayList<>();
        while (bidders.size() < count) {
            Organization bidder = suppliers.pick(draw);
            if (!bidders.contains(bidder)) {
                bidders.add(bidder);
            }
        }
        return bidders;
    }

    private static List<Integer> quantities(Draw draw) {
        int items = draw.between(1, 4);
        List<Integer> quantities = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            quantities.add(draw.weighted(List.of(1, 5, 20, 100, 500), new double[]{0.3, 0.25, 0.2, 0.15, 0.1}));
        }
        return quantities;
    }

    /** Consecutive stages: a realistic number of releases (or the fixed one), starting at a drawn stage. */
    private static List<Stage> stages(GeneratorSettings settings, Draw draw) {
        int count = settings.releasesPerProcess() > 0 ? settings.releasesPerProcess()
                : draw.weighted(RELEASE_COUNTS, RELEASE_COUNT_WEIGHTS);
        int first = draw.between(0, Stage.ALL.size() - count);
        return Stage.ALL.subList(first, first + count);
    }

    private static double rate(String currency) {
        return switch (currency) {
            case "USD" -> 18.0;
            case "EUR" -> 20.0;
            default -> 1.0;
        };
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
