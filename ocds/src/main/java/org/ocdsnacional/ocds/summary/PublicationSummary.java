package org.ocdsnacional.ocds.summary;

import java.util.List;

/**
 * What a publication contains, in numbers, the way lib-cove-ocds's release aggregates count it: stages are
 * counted per contracting process (tenders: processes with a tender; awards and contracts: distinct ids per
 * process), organizations by identifier, or by name when they have none. Built in bounded memory: a figure past
 * 16,384 distinct values is estimated (see {@code exact}).
 *
 * @param releases                    releases read
 * @param records                     records read (record packages)
 * @param ocids                       distinct ocids
 * @param planning                    processes with a planning section
 * @param tenders                     processes with a tender
 * @param awards                      distinct (award id, ocid)
 * @param contracts                   distinct (contract id, ocid)
 * @param implementations             distinct (contract id, ocid) with an implementation
 * @param processesWithAwards         processes with at least one award
 * @param processesWithContracts      processes with at least one contract
 * @param processesWithImplementation processes with at least one implementation
 * @param organizations               the organizations named in the releases
 * @param items                       the items of tenders, awards and contracts
 * @param tags                        how many releases carry each tag
 * @param initiationTypes             the initiation types used
 * @param languages                   the languages declared
 * @param currencies                  every currency anywhere in the data
 * @param identifierSchemes           identifier schemes of the organizations (parties, buyers, suppliers…), with
 *                                    how many identifiers use each
 * @param itemClassificationSchemes   item classification schemes
 * @param dates                       earliest and latest date of each stage (release, tender, award, contract)
 * @param documents                   documents per stage, with their types
 * @param duplicateReleaseIds         release ids that appear more than once
 * @param contractsWithoutAwards      contracts whose awardID matches no award
 * @param exact                       true when every figure is exact; false when the publication had more than
 *                                    16,384 distinct values of some figure: the distinct counts past that are
 *                                    estimates (standard error about 0.8 %), and duplicate release ids and
 *                                    contracts without awards count only those found for certain (checked against
 *                                    the first 16,384 release ids, award ids and contracts' awardIDs remembered),
 *                                    so they may be low but never name a release id or a contract wrongly
 */
public record PublicationSummary(long releases, long records, long ocids, long planning, long tenders, long awards,
                                 long contracts, long implementations, long processesWithAwards,
                                 long processesWithContracts, long processesWithImplementation,
                                 Organizations organizations, Items items, List<Count> tags,
                                 List<String> initiationTypes, List<String> languages, List<String> currencies,
                                 List<Count> identifierSchemes, List<String> itemClassificationSchemes,
                                 List<StageDates> dates, List<StageDocuments> documents, Sample duplicateReleaseIds,
                                 ContractsWithoutAwards contractsWithoutAwards, boolean exact) {

    /**
     * A value and how many times it occurs.
     *
     * @param name  the value
     * @param count occurrences
     */
    public record Count(String name, long count) {
    }

    /**
     * Organizations by role; each counted once, by identifier, or by name when it has no identifier.
     *
     * @param buyers            distinct buyers
     * @param procuringEntities distinct procuring entities
     * @param suppliers         distinct award suppliers
     * @param tenderers         distinct tenderers
     * @param total             distinct organizations in any of those roles
     * @param withIdentifier    of which, with an identifier
     * @param namedOnly         of which, with a name only
     * @param withAddress       organizations given with an address
     * @param withContactPoint  organizations given with a contact point
     * @param buyerNames        a sample of buyers, as "name (identifier)"
     * @param supplierNames     a sample of suppliers, as "name (identifier)"
     */
    public record Organizations(long buyers, long procuringEntities, long suppliers, long tenderers, long total,
                                long withIdentifier, long namedOnly, long withAddress, long withContactPoint,
                                List<String> buyerNames, List<String> supplierNames) {
    }

    /**
     * Items, counted per (release, parent, item id).
     *
     * @param tender    tender items
     * @param award     award items
     * @param contract  contract items
     * @param uniqueIds distinct item ids
     */
    public record Items(long tender, long award, long contract, long uniqueIds) {

        /** All items. */
        public long total() {
            return tender + award + contract;
        }
    }

    /**
     * The range of one stage's dates, compared as text (as published).
     *
     * @param stage    release, tender, award or contract
     * @param earliest the earliest, empty when none
     * @param latest   the latest, empty when none
     */
    public record StageDates(String stage, String earliest, String latest) {
    }

    /**
     * The documents of one stage.
     *
     * @param stage planning, tender, tenderMilestones, award, contract, implementation, implementationMilestones
     * @param count how many
     * @param types how many of each document type
     */
    public record StageDocuments(String stage, long count, List<Count> types) {
    }

    /**
     * How many, and the first few.
     *
     * @param count  how many in all
     * @param values a sample
     */
    public record Sample(long count, List<String> values) {
    }

    /**
     * Contracts whose awardID matches no award id of the publication.
     *
     * @param count    how many
     * @param examples the first few
     */
    public record ContractsWithoutAwards(long count, List<ContractRef> examples) {
    }

    /**
     * A contract, located.
     *
     * @param ocid       its process
     * @param contractId its id
     * @param awardId    the awardID it gives (empty when none)
     */
    public record ContractRef(String ocid, String contractId, String awardId) {
    }
}
