package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.analytics.settings.IniSettings;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pass over a population: process flags, population-wide flags with their evidence, organizations, meta. */
class FlagRunTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void populationWideFlagsCompareEachProcessWithTheFencesOfAllAndSayWhy() throws Exception {
        FlagRun run = FlagRun.start(FlagSettings.from(IniSettings.parse("[R024]\n[R058]\n")), ReferenceList.NONE);
        run.add(bids("close", 100, 101), PublicationHistory.UNKNOWN);
        for (int i = 0; i < 6; i++) {
            run.add(bids("p" + i, 100, 120 + i), PublicationHistory.UNKNOWN);
        }
        run.add(bids("far", 100, 400), PublicationHistory.UNKNOWN);

        FlagReport report = run.finish();

        Flag close = report.results().of(Group.OCID, "close").get(FlagCode.R024);
        assertEquals(0.01, close.value(), 1e-12);
        assertTrue(close.evidence().contains(Evidence.of("winningBid", 100.0)), close.toString());
        assertEquals(3.0, report.results().of(Group.OCID, "far").get(FlagCode.R058).value());
        assertEquals(Set.of("close", "far"), report.results().group(Group.OCID).keySet());
        assertEquals(0.0, report.results().of(Group.TENDERER, "L-close").get(FlagCode.R024).value());
        assertEquals(Set.of(FlagCode.R024, FlagCode.R058), report.results().of(Group.TENDERER, "W").keySet());
        assertEquals(Set.of("R024", "R058"), report.meta().keySet());
        assertEquals(8, report.processes());
    }

    @Test
    void organizationFlagsComeFromTheirTalliesAcrossProcesses() throws Exception {
        FlagRun run = FlagRun.start(FlagSettings.from(IniSettings.parse("[R038]\n")), ReferenceList.NONE);
        run.add(twoBids("0", "B", "disqualified"), PublicationHistory.UNKNOWN);
        for (int i = 1; i < 5; i++) {
            run.add(twoBids(Integer.toString(i), "C" + i, "valid"), PublicationHistory.UNKNOWN);
        }

        FlagReport report = run.finish();

        Map<FlagCode, Flag> buyer = report.results().of(Group.BUYER, "B");
        assertEquals(0.5, buyer.get(FlagCode.R038).value());
        assertTrue(buyer.get(FlagCode.R038).evidence().contains(Evidence.of("submittedBids", 2L)));
        assertTrue(report.results().group(Group.OCID).isEmpty());
        assertFalse(report.results().group(Group.BUYER).containsKey("C1"));
    }

    @Test
    void withValuesOnlyTheEvidenceIsNotKept() throws Exception {
        FlagRun run = FlagRun.start(FlagSettings.from(IniSettings.parse("[R018]\n")), ReferenceList.NONE,
                FlagRun.Detail.VALUES);
        run.add(json("{'ocid': 'p', 'tender': {'numberOfTenderers': 1, 'procurementMethod': 'open'}}"),
                PublicationHistory.UNKNOWN);

        Flag flag = run.finish().results().of(Group.OCID, "p").get(FlagCode.R018);

        assertEquals(1.0, flag.value());
        assertTrue(flag.evidence().isEmpty());
    }

    @Test
    void whatNoFlagConsidersIsCountedAndLeftOut() throws Exception {
        FlagRun run = FlagRun.start(FlagSettings.defaults(), ReferenceList.NONE);
        run.add(json("[1, 2]"), PublicationHistory.UNKNOWN);
        run.add(json("{'id': 'no ocid'}"), PublicationHistory.UNKNOWN);
        run.add(json("{'ocid': 1}"), PublicationHistory.UNKNOWN);

        FlagReport report = run.finish();

        assertTrue(report.results().isEmpty());
        assertEquals(3, report.processes());
    }

    private static JsonNode twoBids(String ocid, String buyer, String secondStatus) throws Exception {
        return json(("{'ocid': '%s', 'buyer': {'id': '%s'}, 'bids': {'details': [{'status': 'valid',"
                + " 'tenderers': [{'id': 'V'}]}, {'status': '%s', 'tenderers': [{'id': 'D'}]}]}}")
                .formatted(ocid, buyer, secondStatus));
    }

    private static JsonNode bids(String ocid, double winning, double second) throws Exception {
        return json(("{'ocid': '%s', 'awards': [{'status': 'active', 'suppliers': [{'id': 'W'}]}],"
                + " 'bids': {'details': ["
                + "{'status': 'valid', 'tenderers': [{'id': 'W'}], 'value': {'amount': %s, 'currency': 'MXN'}},"
                + "{'status': 'valid', 'tenderers': [{'id': 'L-%s'}], 'value': {'amount': %s, 'currency': 'MXN'}}]}}")
                .formatted(ocid, winning, ocid, second));
    }

    private static JsonNode json(String singleQuoted) throws Exception {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
