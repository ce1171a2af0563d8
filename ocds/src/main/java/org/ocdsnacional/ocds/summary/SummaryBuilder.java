package org.ocdsnacional.ocds.summary;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the {@link PublicationSummary} of a publication one release at a time, in bounded memory whatever its
 * size: each figure counts its first {@link Distinct#EXACT} distinct values exactly and estimates beyond (see
 * {@link Distinct}); duplicate release ids and contracts without awards are then those found for certain, a lower
 * bound. {@link PublicationSummary#exact()} tells which. Not thread-safe.
 */
public final class SummaryBuilder {

    private static final int SAMPLE = 100;
    private static final int EXAMPLES = 20;
    private static final int MAX_TAGS = 200;
    private static final String NO_AWARD_ID = "\u0000none";

    private long releases;
    private long records;
    private final Distinct ocids = new Distinct(0);
    private final Distinct releaseIds = new Distinct(0);
    private final Distinct duplicateReleaseIds = new Distinct(EXAMPLES);
    private final Map<String, Long> tags = new TreeMap<>();
    private final Distinct initiationTypes = new Distinct(SAMPLE);
    private final Distinct languages = new Distinct(SAMPLE);
    private final Distinct currencies = new Distinct(SAMPLE);
    private final Distinct itemSchemes = new Distinct(SAMPLE);
    private final Distinct planning = new Distinct(0);
    private final Distinct tenders = new Distinct(0);
    private final Distinct awardIds = new Distinct(0);
    private final Distinct awards = new Distinct(0);
    private final Distinct contracts = new Distinct(0);
    private final Distinct implementations = new Distinct(0);
    private final Distinct processesWithAwards = new Distinct(0);
    private final Distinct processesWithContracts = new Distinct(0);
    private final Distinct processesWithImplementation = new Distinct(0);
    private final Distinct tenderItems = new Distinct(0);
    private final Distinct awardItems = new Distinct(0);
    private final Distinct contractItems = new Distinct(0);
    private final Distinct itemIds = new Distinct(0);
    /**
     * The awardIDs that contracts give, with how many contracts give each: those given while every award id was
     * remembered, up to {@link Distinct#EXACT} of them, so that whether an award matches each is known for certain.
     */
    private final LongTable contractAwardIds = new LongTable();
    /** Those of {@link #contractAwardIds} that an award not remembered in {@link #awardIds} gave. */
    private final LongTable awardedLater = new LongTable();
    /** False once a contract came whose award could not be checked for certain. */
    private boolean contractsChecked = true;
    private final List<PublicationSummary.ContractRef> contractsMaybeWithoutAwards = new ArrayList<>();
    private final Organizations organizations = new Organizations();
    private final Stages stages = new Stages();

    private SummaryBuilder() {
    }

    public static SummaryBuilder create() {
        return new SummaryBuilder();
    }

    /** A record was read (its releases are added one by one). */
    public void record() {
        records++;
    }

    /** Adds a release (any JSON: what is not a release is only counted). */
    public void release(JsonNode release) {
        releases++;
        JsonNode ocid = release.path("ocid");
        if (!release.isObject() || !Values.truthy(ocid)) {
            return;
        }
        String process = Values.text(ocid);
        String releaseId = Values.truthy(release.path("id")) ? Values.text(release.path("id")) : "";
        if (!releaseId.isEmpty() && !releaseIds.add(releaseId)) {
            duplicateReleaseIds.add(releaseId);
        }
        ocids.add(process);
        tags(release.path("tag"));
        addIfTruthy(initiationTypes, release.path("initiationType"));
        stages.date("release", release.path("date"));
        addIfTruthy(languages, release.path("language"));
        organizations.add(release.path("buyer"), Organizations.Role.BUYER);
        release.path("parties").forEach(organizations::party);
        planning(release.path("planning"), process);
        tender(release.path("tender"), process, releaseId);
        release.path("awards").forEach(award -> award(award, process, releaseId));
        release.path("contracts").forEach(contract -> contract(contract, process, releaseId));
    }

    /** Adds every currency found anywhere in {@code json} (plain or versioned values). */
    public void currencies(JsonNode json) {
        if (json.isObject()) {
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                JsonNode value = entry.getValue();
                if (entry.getKey().equals("currency")) {
                    currency(value);
                }
                if (value.isContainerNode()) {
                    currencies(value);
                }
            }
        } else if (json.isArray()) {
            for (JsonNode element : json) {
                if (element.isContainerNode()) {
                    currencies(element);
                }
            }
        }
    }

    public PublicationSummary build() {
        return new PublicationSummary(releases, records, ocids.count(), planning.count(), tenders.count(),
                awards.count(), contracts.count(), implementations.count(), processesWithAwards.count(),
                processesWithContracts.count(), processesWithImplementation.count(), organizations.freeze(),
                new PublicationSummary.Items(tenderItems.count(), awardItems.count(), contractItems.count(),
                        itemIds.count()), counts(tags), initiationTypes.sample(), languages.sample(),
                currencies.sample(), counts(organizations.schemes()), itemSchemes.sample(), stages.dates(),
                stages.documents(), new PublicationSummary.Sample(duplicateReleaseIds.count(),
                        duplicateReleaseIds.sample()), contractsWithoutAwards(), exact());
    }

    /** True when no figure went past what is counted exactly, and every contract's award was checked. */
    private boolean exact() {
        return contractsChecked && organizations.exact() && Stream.of(ocids, releaseIds, duplicateReleaseIds,
                initiationTypes, languages, currencies, itemSchemes, planning, tenders, awardIds, awards, contracts,
                implementations, processesWithAwards, processesWithContracts, processesWithImplementation,
                tenderItems, awardItems, contractItems, itemIds).allMatch(Distinct::exact);
    }

    private void planning(JsonNode planningSection, String process) {
        if (planningSection.isObject() && !planningSection.isEmpty()) {
            planning.add(process);
            stages.documents("planning", planningSection);
        }
    }

    private void tender(JsonNode tender, String process, String releaseId) {
        if (!tender.isObject() || tender.isEmpty()) {
            return;
        }
        tenders.add(process);
        stages.documents("tender", tender);
        stages.date("tender", tender.path("tenderPeriod").path("startDate"));
        organizations.add(tender.path("procuringEntity"), Organizations.Role.PROCURING_ENTITY);
        tender.path("tenderers").forEach(tenderer -> organizations.add(tenderer, Organizations.Role.TENDERER));
        tender.path("items").forEach(item -> item(item, tenderItems, process, releaseId));
        tender.path("milestones").forEach(milestone -> stages.documents("tenderMilestones", milestone));
    }

    private void award(JsonNode award, String process, String releaseId) {
        if (!award.isObject()) {
            return;
        }
        processesWithAwards.add(process);
        String awardId = Values.truthy(award.path("id")) ? Values.text(award.path("id")) : "";
        if (!awardId.isEmpty()) {
            if (awardIds.add(awardId) && !awardIds.exact() && contractAwardIds.contains(Hashes.of(awardId))) {
                awardedLater.increment(Hashes.of(awardId));
            }
            awards.add(awardId + '\u0000' + process);
        }
        stages.date("award", award.path("date"));
        String parent = awardId.isEmpty() || releaseId.isEmpty() ? "" : releaseId + '\u0000' + awardId;
        award.path("items").forEach(item -> item(item, awardItems, process, parent));
        award.path("suppliers").forEach(supplier -> organizations.add(supplier, Organizations.Role.SUPPLIER));
        stages.documents("award", award);
    }

    private void contract(JsonNode contract, String process, String releaseId) {
        if (!contract.isObject()) {
            return;
        }
        processesWithContracts.add(process);
        String contractId = Values.truthy(contract.path("id")) ? Values.text(contract.path("id")) : "";
        if (!contractId.isEmpty()) {
            contracts.add(contractId + '\u0000' + process);
        }
        stages.date("contract", contract.path("period").path("startDate"));
        String parent = contractId.isEmpty() || releaseId.isEmpty() ? "" : releaseId + '\u0000' + contractId;
        contract.path("items").forEach(item -> item(item, contractItems, process, parent));
        stages.documents("contract", contract);
        implementation(contract.path("implementation"), process, contractId);
        awardOf(contract, process, contractId);
    }

    private void implementation(JsonNode implementation, String process, String contractId) {
        if (!Values.truthy(implementation)) {
            return;
        }
        processesWithImplementation.add(process);
        if (!contractId.isEmpty()) {
            implementations.add(contractId + '\u0000' + process);
        }
        stages.documents("implementation", implementation);
        implementation.path("milestones").forEach(m -> stages.documents("implementationMilestones", m));
    }

    /** Remembers the award a contract names, to find at the end the contracts whose award never came. */
    private void awardOf(JsonNode contract, String process, String contractId) {
        JsonNode awardId = contract.path("awardID");
        String key = awardId.isMissingNode() || awardId.isNull() ? NO_AWARD_ID : Values.text(awardId);
        long hash = Hashes.of(key);
        if (!contractAwardIds.contains(hash) && !(awardIds.exact() && contractAwardIds.size() < Distinct.EXACT)) {
            contractsChecked &= awardIds.contains(key);
            return;
        }
        contractAwardIds.increment(hash);
        if (!awardIds.contains(key) && contractsMaybeWithoutAwards.size() < EXAMPLES * 50) {
            contractsMaybeWithoutAwards.add(new PublicationSummary.ContractRef(process, contractId,
                    key.equals(NO_AWARD_ID) ? "" : key));
        }
    }

    private PublicationSummary.ContractsWithoutAwards contractsWithoutAwards() {
        long[] count = new long[1];
        contractAwardIds.forEach((hash, contracts) -> {
            if (!awardIds.containsHash(hash) && !awardedLater.contains(hash)) {
                count[0] += contracts;
            }
        });
        List<PublicationSummary.ContractRef> examples = contractsMaybeWithoutAwards.stream()
                .filter(ref -> ref.awardId().isEmpty() || !awardIds.contains(ref.awardId())
                        && !awardedLater.contains(Hashes.of(ref.awardId())))
                .limit(EXAMPLES)
                .toList();
        return new PublicationSummary.ContractsWithoutAwards(count[0], examples);
    }

    private void item(JsonNode item, Distinct items, String process, String parent) {
        String itemId = Values.truthy(item.path("id")) ? Values.text(item.path("id")) : "";
        if (!itemId.isEmpty()) {
            itemIds.add(itemId);
        }
        if (!itemId.isEmpty() && !parent.isEmpty()) {
            items.add(process + '\u0000' + parent + '\u0000' + itemId);
        }
        addIfTruthy(itemSchemes, item.path("classification").path("scheme"));
    }

    /**
     * Counts a release's tags: each scalar tag; when the tags are nothing but nested lists, their scalars
     * (lib-cove-ocds 0.16's reading of malformed tags).
     */
    private void tags(JsonNode tag) {
        if (tag.isMissingNode()) {
            return;
        }
        if (!tag.isArray()) {
            tag(tag);
            return;
        }
        boolean scalars = false;
        for (JsonNode each : tag) {
            scalars |= !each.isContainerNode();
        }
        for (JsonNode each : tag) {
            if (!each.isContainerNode()) {
                tag(each);
            } else if (!scalars) {
                each.forEach(this::tag);
            }
        }
    }

    private void tag(JsonNode tag) {
        String text = Values.text(tag);
        if (tags.size() < MAX_TAGS || tags.containsKey(text)) {
            tags.merge(text, 1L, Long::sum);
        }
    }

    private void currency(JsonNode value) {
        if (value.isArray()) {
            value.forEach(version -> addIfTruthy(currencies, version.path("value")));
        } else if (!value.isContainerNode() && !value.isNull()) {
            currencies.add(Values.text(value));
        }
    }

    private static void addIfTruthy(Distinct distinct, JsonNode value) {
        if (Values.truthy(value) && !value.isContainerNode()) {
            distinct.add(Values.text(value));
        }
    }

    static List<PublicationSummary.Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new PublicationSummary.Count(e.getKey(), e.getValue())).toList();
    }
}
