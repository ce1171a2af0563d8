package org.ocdsnacional.indexer.query;

import java.util.List;
import java.util.Optional;

/**
 * Typed filters over processes; every present filter must match, and a list matches any of its values.
 *
 * @param sources          registry ids of sources
 * @param states           ISO 3166-2:MX codes or {@code federal} ({@link Vocabulary#STATES})
 * @param levels           levels of government (federal, state, municipal: {@link Vocabulary#LEVELS})
 * @param buyerId          the buyer's identifier as published, or its organization id ({@code MX-RFC-…})
 * @param buyerName        words of the buyer's name (accents and case ignored)
 * @param supplierId       a supplier's identifier as published, its organization id, or its RFC
 * @param supplierName     words of a supplier's name (accents and case ignored)
 * @param organizationId   an organization id, as buyer or as supplier
 * @param methods          procurement methods ({@link Vocabulary#PROCUREMENT_METHODS}: open, selective, limited,
 *                         direct)
 * @param methodDetails    the method as the publisher words it ("Adjudicación directa"; accents and case ignored)
 * @param categories       main procurement categories (goods, works, services)
 * @param tenderStatuses   tender statuses ({@link Vocabulary#TENDER_STATUSES})
 * @param awardStatuses    statuses of any award ({@link Vocabulary#AWARD_STATUSES})
 * @param contractStatuses statuses of any contract ({@link Vocabulary#CONTRACT_STATUSES})
 * @param dates            ranges over process dates, all of which must hold
 * @param amount           a range over the awarded amount
 * @param tenderers        a range over the number of tenderers
 * @param directAward      only (or never) direct awards
 * @param singleBidder     only (or never) competitive tenders that received a single bid
 */
public record ProcessFilter(List<String> sources, List<String> states, List<String> levels, Optional<String> buyerId,
                            Optional<String> buyerName, Optional<String> supplierId, Optional<String> supplierName,
                            Optional<String> organizationId, List<String> methods, List<String> methodDetails,
                            List<String> categories, List<String> tenderStatuses, List<String> awardStatuses,
                            List<String> contractStatuses, List<DateRange> dates, Optional<AmountRange> amount,
                            Optional<IntRange> tenderers, Optional<Boolean> directAward,
                            Optional<Boolean> singleBidder) {

    public static final ProcessFilter NONE = builder().build();

    /**
     * Checks every value against {@link InputBounds}, and the values of closed sets against the {@link Vocabulary}:
     * a value out of bounds or outside its set is an {@link InvalidQueryException} that says what is allowed.
     */
    public ProcessFilter {
        sources = List.copyOf(InputBounds.values("sources", sources));
        states = List.copyOf(Vocabulary.STATES.check(InputBounds.values("states", states)));
        levels = List.copyOf(Vocabulary.LEVELS.check(InputBounds.values("levels", levels)));
        buyerId = InputBounds.text("buyerId", buyerId);
        buyerName = InputBounds.words("buyerName", buyerName);
        supplierId = InputBounds.text("supplierId", supplierId);
        supplierName = InputBounds.words("supplierName", supplierName);
        organizationId = InputBounds.text("organizationId", organizationId);
        methods = List.copyOf(Vocabulary.PROCUREMENT_METHODS.check(
                InputBounds.values("procurementMethods", methods)));
        methodDetails = List.copyOf(InputBounds.values("procurementMethodDetails", methodDetails));
        categories = List.copyOf(Vocabulary.PROCUREMENT_CATEGORIES.check(
                InputBounds.values("mainProcurementCategories", categories)));
        tenderStatuses = List.copyOf(Vocabulary.TENDER_STATUSES.check(
                InputBounds.values("tenderStatuses", tenderStatuses)));
        awardStatuses = List.copyOf(Vocabulary.AWARD_STATUSES.check(
                InputBounds.values("awardStatuses", awardStatuses)));
        contractStatuses = List.copyOf(Vocabulary.CONTRACT_STATUSES.check(
                InputBounds.values("contractStatuses", contractStatuses)));
        dates = List.copyOf(InputBounds.count("dates", dates));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this filter, to narrow it. */
    public Builder toBuilder() {
        return new Builder().sources(sources).states(states).levels(levels).buyerId(buyerId).buyerName(buyerName)
                .supplierId(supplierId).supplierName(supplierName).organizationId(organizationId).methods(methods)
                .methodDetails(methodDetails).categories(categories).tenderStatuses(tenderStatuses)
                .awardStatuses(awardStatuses).contractStatuses(contractStatuses).dates(dates).amount(amount)
                .tenderers(tenderers).directAward(directAward).singleBidder(singleBidder);
    }

    /** An inclusive range of whole numbers; either bound may be open. */
    public record IntRange(Optional<Integer> min, Optional<Integer> max) {
    }

    /** Assembles a filter; anything not set does not filter. */
    public static final class Builder {
        private List<String> sources = List.of();
        private List<String> states = List.of();
        private List<String> levels = List.of();
        private Optional<String> buyerId = Optional.empty();
        private Optional<String> buyerName = Optional.empty();
        private Optional<String> supplierId = Optional.empty();
        private Optional<String> supplierName = Optional.empty();
        private Optional<String> organizationId = Optional.empty();
        private List<String> methods = List.of();
        private List<String> methodDetails = List.of();
        private List<String> categories = List.of();
        private List<String> tenderStatuses = List.of();
        private List<String> awardStatuses = List.of();
        private List<String> contractStatuses = List.of();
        private List<DateRange> dates = List.of();
        private Optional<AmountRange> amount = Optional.empty();
        private Optional<IntRange> tenderers = Optional.empty();
        private Optional<Boolean> directAward = Optional.empty();
        private Optional<Boolean> singleBidder = Optional.empty();

        public Builder sources(List<String> values) { sources = values; return this; }
        public Builder states(List<String> values) { states = values; return this; }
        public Builder levels(List<String> values) { levels = values; return this; }
        public Builder buyerId(Optional<String> value) { buyerId = value; return this; }
        public Builder buyerName(Optional<String> value) { buyerName = value; return this; }
        public Builder supplierId(Optional<String> value) { supplierId = value; return this; }
        public Builder supplierName(Optional<String> value) { supplierName = value; return this; }
        public Builder organizationId(Optional<String> value) { organizationId = value; return this; }
        public Builder methods(List<String> values) { methods = values; return this; }
        public Builder methodDetails(List<String> values) { methodDetails = values; return this; }
        public Builder categories(List<String> values) { categories = values; return this; }
        public Builder tenderStatuses(List<String> values) { tenderStatuses = values; return this; }
        public Builder awardStatuses(List<String> values) { awardStatuses = values; return this; }
        public Builder contractStatuses(List<String> values) { contractStatuses = values; return this; }
        public Builder dates(List<DateRange> values) { dates = values; return this; }
        public Builder amount(Optional<AmountRange> value) { amount = value; return this; }
        public Builder tenderers(Optional<IntRange> value) { tenderers = value; return this; }
        public Builder directAward(Optional<Boolean> value) { directAward = value; return this; }
        public Builder singleBidder(Optional<Boolean> value) { singleBidder = value; return this; }

        public ProcessFilter build() {
            return new ProcessFilter(sources, states, levels, buyerId, buyerName, supplierId, supplierName,
                    organizationId, methods, methodDetails, categories, tenderStatuses, awardStatuses,
                    contractStatuses, dates, amount, tenderers, directAward, singleBidder);
        }
    }
}
