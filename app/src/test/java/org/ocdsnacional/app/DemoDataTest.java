package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.generator.publish.PublishedSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data {@code serve --demo} publishes, read as a journalist would (each process as its current release says):
 * each state's processes are its own, suppliers recur across states, and competition, amendments, framework
 * agreements and multi-award processes come in realistic shares.
 */
class DemoDataTest {

    private static final int PROCESSES = 2000;
    private static final List<Published> DEMO = published(Demo.sources(PROCESSES));

    /** One process as its latest release shows it, and the state whose publisher published it. */
    private record Published(String state, ObjectNode release) {

        String method() {
            return release.at("/tender/procurementMethod").asText();
        }

        boolean awarded() {
            return release.path("awards").size() > 0;
        }

        List<String> suppliers() {
            return StreamSupport.stream(release.path("awards").spliterator(), false)
                    .flatMap(award -> StreamSupport.stream(award.path("suppliers").spliterator(), false))
                    .map(supplier -> supplier.path("id").asText()).sorted().toList();
        }

        /** What makes a process the same process: title, amounts, dates and suppliers. */
        String facts() {
            return String.join("|", release.at("/tender/title").asText(), release.at("/tender/value").toString(),
                    release.at("/tender/tenderPeriod").toString(), release.at("/planning/budget/amount").toString(),
                    release.path("awards").findValues("value").toString(),
                    release.path("awards").findValues("date").toString(), suppliers().toString());
        }
    }

    @Test
    void noProcessOfOneStateIsAProcessOfAnother() {
        Map<String, Set<String>> statesByFacts = new HashMap<>();
        Map<String, Set<String>> statesByNumber = new HashMap<>();
        Map<String, Set<String>> statesByAmountAndDay = new HashMap<>();
        for (Published process : DEMO) {
            statesByFacts.computeIfAbsent(process.facts(), key -> new HashSet<>()).add(process.state());
            statesByNumber.computeIfAbsent(process.release().at("/tender/id").asText(), key -> new HashSet<>())
                    .add(process.state());
            statesByAmountAndDay.computeIfAbsent(process.release().at("/tender/value/amount").asText() + " "
                    + process.release().at("/planning/budget/id").asText() + " "
                    + day(process.release()), key -> new HashSet<>())
                    .add(process.state());
        }

        assertEquals(List.of(), shared(statesByFacts), "the same process under several states");
        assertEquals(List.of(), shared(statesByNumber), "the same procedure number under several states");
        assertEquals(List.of(), shared(statesByAmountAndDay), "the same amount on the same day in several states");
    }

    @Test
    void eachStateBuysThroughItsOwnPublicEntities() {
        Map<String, Set<String>> statesOfBuyer = new HashMap<>();
        for (Published process : DEMO) {
            JsonNode buyer = party(process.release(), "buyer");
            statesOfBuyer.computeIfAbsent(buyer.path("id").asText(), id -> new HashSet<>()).add(process.state());
            assertTrue(buyer.at("/address/region").asText().equals(stateName(process)), buyer.toString());
        }
        assertEquals(List.of(), shared(statesOfBuyer), "a buyer in several states");
        assertTrue(statesOfBuyer.size() >= 4 * 10, "buyers: " + statesOfBuyer.size());
    }

    @Test
    void suppliersRecurAcrossStatesWithoutOneWinningEverything() {
        Map<String, Set<String>> statesOfSupplier = new HashMap<>();
        Map<String, Integer> processesOfSupplier = new HashMap<>();
        for (Published process : DEMO) {
            process.suppliers().stream().distinct().forEach(supplier -> {
                statesOfSupplier.computeIfAbsent(supplier, id -> new HashSet<>()).add(process.state());
                processesOfSupplier.merge(supplier, 1, Integer::sum);
            });
        }
        long inEveryState = statesOfSupplier.values().stream().filter(states -> states.size() == 4).count();
        long inOneState = statesOfSupplier.values().stream().filter(states -> states.size() == 1).count();
        int busiest = processesOfSupplier.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long awarded = DEMO.stream().filter(Published::awarded).count();

        assertTrue(inEveryState >= 5, "suppliers that sell in all four states: " + inEveryState);
        assertTrue(inOneState >= 100, "suppliers of one state only: " + inOneState);
        assertTrue(busiest <= 0.08 * awarded, "the busiest supplier won " + busiest + " of " + awarded);
    }

    @Test
    void competitionAmendmentsFrameworksAndLotsComeInRealisticShares() {
        List<Published> withMethod = DEMO.stream().filter(p -> !p.method().isEmpty()).toList();
        List<Published> competitive = withMethod.stream()
                .filter(p -> p.method().equals("open") || p.method().equals("selective"))
                .filter(p -> p.release().at("/tender/numberOfTenderers").isNumber()).toList();
        List<Published> awarded = DEMO.stream().filter(Published::awarded).toList();

        assertShare(0.50, 0.75, withMethod, p -> p.method().equals("direct"), "direct awards");
        assertShare(0.08, 0.25, withMethod, p -> p.method().equals("selective"), "invitations to three or more");
        assertShare(0.10, 0.40, competitive, p -> p.release().at("/tender/numberOfTenderers").asInt() == 1,
                "competitive tenders with a single bid");
        assertShare(0.02, 0.12, DEMO, DemoDataTest::underFrameworkAgreement, "call-offs of framework agreements");
        assertShare(0.05, 0.30, DEMO, DemoDataTest::amended, "processes with an amendment");
        assertShare(0.03, 0.20, awarded, p -> p.release().path("awards").size() > 1, "processes awarded in lots");
    }

    private static boolean underFrameworkAgreement(Published process) {
        return StreamSupport.stream(process.release().path("relatedProcesses").spliterator(), false)
                .anyMatch(related -> related.path("relationship").toString().contains("\"framework\""));
    }

    private static boolean amended(Published process) {
        return process.release().at("/tender/amendments").size() > 0
                || StreamSupport.stream(process.release().path("contracts").spliterator(), false)
                .anyMatch(contract -> contract.path("amendments").size() > 0);
    }

    private static void assertShare(double low, double high, List<Published> population,
                                    Predicate<Published> which, String what) {
        double share = (double) population.stream().filter(which).count() / population.size();
        assertTrue(share >= low && share <= high, what + ": " + share + " of " + population.size());
    }

    private static String day(ObjectNode release) {
        String date = release.path("date").asText("");
        return date.length() > 10 ? date.substring(0, 10) : date;
    }

    private static List<String> shared(Map<String, Set<String>> statesByKey) {
        List<String> shared = new ArrayList<>();
        statesByKey.forEach((key, states) -> {
            if (states.size() > 1) {
                shared.add(states + " " + key);
            }
        });
        return shared.stream().limit(5).toList();
    }

    private static JsonNode party(ObjectNode release, String role) {
        for (JsonNode party : release.path("parties")) {
            if (party.path("roles").toString().contains("\"" + role + "\"")) {
                return party;
            }
        }
        throw new AssertionError("no " + role + " in " + release.path("id"));
    }

    private static String stateName(Published process) {
        return MexicanState.byCode(process.state()).orElseThrow().name();
    }

    private static List<Published> published(List<PublishedSource> sources) {
        List<Published> all = new ArrayList<>();
        for (PublishedSource source : sources) {
            Dataset dataset = source.dataset();
            for (int index = 0; index < dataset.size(); index++) {
                all.add(new Published(source.stateCode(), dataset.releases(index).getLast()));
            }
        }
        return all;
    }
}
