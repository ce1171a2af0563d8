package org.ocdsnacional.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one contracting process, drawn once from the seed, its state and its number; each release shows
 * what was known at its stage.
 *
 * @param ocid          the process's ocid
 * @param number        the procedure number its buyer gave it
 * @param state         the state of the buyer
 * @param buyer         the public entity that buys
 * @param purchase      what it buys
 * @param method        how it is awarded
 * @param framework     the framework agreement it is a call-off of, if it is one
 * @param tenderers     who bid (the winners first)
 * @param awards        one award, or several lots
 * @param currency      MXN mostly, sometimes USD or EUR
 * @param estimated     the tender's estimated value
 * @param amendedValue  the first contract's value after its amendment (when the contract is amended)
 * @param quantities    quantity of each item
 * @param dates         when each stage happened
 * @param lifecycle     every stage the process goes through, in order (amendments only when there are some)
 * @param stages        the consecutive stages of the lifecycle at which a release was published
 */
record ProcessFacts(String ocid, String number, MexicanState state, Organization buyer, Purchase purchase,
                    Method method, Optional<FrameworkAgreement> framework, List<Organization> tenderers,
                    List<Award> awards, String currency, BigDecimal estimated, BigDecimal amendedValue,
                    List<Integer> quantities, Dates dates, List<Stage> lifecycle, List<Stage> stages) {

    private static final long STREAM = 4;
    private static final double[] RELEASE_COUNT_WEIGHTS = {0.10, 0.15, 0.20, 0.25, 0.15, 0.15};
    private static final List<Integer> RELEASE_COUNTS = List.of(1, 2, 3, 4, 5, 6);
    /** Competitive tenders whose period is extended; contracts amended (convenio modificatorio). */
    private static final double TENDER_AMENDED = 0.2;
    private static final double CONTRACT_AMENDED = 0.12;

    /** The stage dates. */
    record Dates(LocalDate planning, LocalDate tenderStart, LocalDate tenderEnd, LocalDate amendment,
                 LocalDate amendedEnd, LocalDate award, LocalDate signed, LocalDate contractAmendment,
                 LocalDate contractEnd, LocalDate amendedContractEnd, LocalDate implementation) {

        static Dates draw(int year, Draw draw) {
            LocalDate planning = LocalDate.of(year, 1, 1).plusDays(draw.between(0, 300));
            LocalDate tenderStart = planning.plusDays(draw.between(10, 40));
            LocalDate tenderEnd = tenderStart.plusDays(draw.between(15, 30));
            LocalDate amendment = tenderStart.plusDays(draw.between(3, 10));
            LocalDate award = tenderEnd.plusDays(draw.between(12, 25));
            LocalDate signed = award.plusDays(draw.between(3, 15));
            LocalDate contractEnd = signed.plusDays(draw.between(60, 300));
            return new Dates(planning, tenderStart, tenderEnd, amendment, tenderEnd.plusDays(7), award, signed,
                    signed.plusDays(draw.between(10, 25)), contractEnd, contractEnd.plusDays(draw.between(30, 90)),
                    signed.plusDays(draw.between(30, 55)));
        }

        LocalDate of(Stage stage) {
            return switch (stage) {
                case PLANNING -> planning;
                case TENDER -> tenderStart;
                case TENDER_AMENDMENT -> amendment;
                case AWARD -> award;
                case CONTRACT -> signed;
                case CONTRACT_AMENDMENT -> contractAmendment;
                case IMPLEMENTATION -> implementation;
            };
        }
    }

    /** The facts of process {@code index} of a data set. */
    static ProcessFacts draw(GeneratorSettings settings, Buyers buyers, Suppliers suppliers, int index,
                             ProcessHeader header) {
        Draw draw = Draw.of(settings.seed(), header.state(), STREAM, index);
        Buyers.Buyer buyer = draw.pick(buyers.of(header.state()));
        Purchase purchase = draw.pick(Purchase.forSector(buyer.sector()));
        Method method = Method.draw(draw);
        Optional<FrameworkAgreement> framework = FrameworkAgreement.draw(settings, header, method, purchase, draw);
        String currency = draw.weighted(List.of("MXN", "USD", "EUR"), new double[]{0.95, 0.035, 0.015});
        double pesos = draw.logNormal(purchase.median(), purchase.spread());
        BigDecimal estimated = money(pesos / rate(currency));
        BigDecimal awarded = money(estimated.doubleValue() * (0.85 + 0.17 * draw.uniform()));
        List<Organization> tenderers = tenderers(method.bids(draw), suppliers, header.state(), draw);
        List<Integer> quantities = quantities(draw);
        List<Award> awards = Award.draw(method, tenderers, quantities, awarded, draw);
        BigDecimal amendedValue = money(awards.getFirst().amount().doubleValue() * (1.05 + 0.15 * draw.uniform()));
        Dates dates = Dates.draw(header.year(), draw);
        List<Stage> lifecycle = lifecycle(settings, method, draw);
        return new ProcessFacts(header.ocid(), ProcedureNumber.of(method, purchase, header.state(),
                buyer.organization(), index + 1, header.year()), header.state(), buyer.organization(), purchase,
                method, framework, tenderers, awards, currency, estimated, amendedValue, quantities, dates, lifecycle,
                published(settings, lifecycle, draw));
    }

    /** Whether the process goes through {@code stage} at some point (amendments happen to some processes only). */
    boolean happens(Stage stage) {
        return lifecycle.contains(stage);
    }

    /** The sum of the awards. */
    BigDecimal awarded() {
        return awards.stream().map(Award::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Organization> tenderers(int count, Suppliers suppliers, MexicanState state, Draw draw) {
        List<Organization> bidders = new ArrayList<>();
        while (bidders.size() < count) {
            Organization bidder = suppliers.pick(draw, state);
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

    /**
     * The stages the process goes through. With a fixed number of releases per process, the amendments are there
     * exactly when that number needs them (a tender amendment from six releases on, a contract amendment at seven),
     * so every process publishes the same stages.
     */
    private static List<Stage> lifecycle(GeneratorSettings settings, Method method, Draw draw) {
        boolean tenderAmended = method.competitive() && draw.chance(TENDER_AMENDED);
        boolean contractAmended = draw.chance(CONTRACT_AMENDED);
        int fixed = settings.releasesPerProcess();
        if (fixed > 0) {
            tenderAmended = fixed >= Stage.ALL.size() - 1;
            contractAmended = fixed == Stage.ALL.size();
        }
        List<Stage> stages = new ArrayList<>(Stage.ALL);
        if (!tenderAmended) {
            stages.remove(Stage.TENDER_AMENDMENT);
        }
        if (!contractAmended) {
            stages.remove(Stage.CONTRACT_AMENDMENT);
        }
        return List.copyOf(stages);
    }

    /** Consecutive stages of the lifecycle: a realistic number of releases (or the fixed one), from a drawn one. */
    private static List<Stage> published(GeneratorSettings settings, List<Stage> lifecycle, Draw draw) {
        int count = settings.releasesPerProcess() > 0 ? settings.releasesPerProcess()
                : Math.min(lifecycle.size(), draw.weighted(RELEASE_COUNTS, RELEASE_COUNT_WEIGHTS));
        int first = draw.between(0, lifecycle.size() - count);
        return lifecycle.subList(first, first + count);
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
