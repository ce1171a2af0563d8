package org.ocdsnacional.analytics.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a publisher omits: each field present out of the processes it applies to. */
class PublisherCoverageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void eachFigureCountsTheProcessesThatHaveTheFieldAmongThoseItAppliesTo() throws Exception {
        PublisherCoverage coverage = new PublisherCoverage();
        coverage.add(json("{'ocid': '1', 'buyer': {'id': 'B'}, 'tender': {'procurementMethod': 'open',"
                + " 'value': {'amount': 10, 'currency': 'MXN'}, 'items': [{'classification': {'id': '5110'}}]},"
                + " 'parties': [{'id': 'S', 'identifier': {'scheme': 'MX-RFC', 'id': 'NUE240115QR7'}}],"
                + " 'awards': [{'date': '2024-01-01', 'suppliers': [{'id': 'S'}], 'value': {'amount': 10}}]}"));
        coverage.add(json("{'ocid': '2', 'buyer': {'id': ''}, 'tender': {'procurementMethod': '',"
                + " 'items': [{'classification': {}, 'quantity': 1}],"
                + " 'documents': [{'url': 'https://example.org/d.pdf'}]},"
                + " 'awards': [{'suppliers': [{'id': 'S2', 'name': 'Sin RFC'}]}]}"));
        coverage.add(json("{'ocid': '3', 'planning': {'budget': {'amount': {'amount': 1}}}}"));

        assertEquals(3, coverage.processes());
        assertEquals(new CoverageFigure(CoverageField.BUYER_ID, 1, 3), coverage.figure(CoverageField.BUYER_ID));
        assertEquals(new CoverageFigure(CoverageField.SUPPLIER_RFC, 1, 2), coverage.figure(CoverageField.SUPPLIER_RFC));
        assertEquals(new CoverageFigure(CoverageField.TENDER_VALUE, 1, 2), coverage.figure(CoverageField.TENDER_VALUE));
        assertEquals(new CoverageFigure(CoverageField.AWARD_VALUE, 1, 2), coverage.figure(CoverageField.AWARD_VALUE));
        assertEquals(new CoverageFigure(CoverageField.AWARD_DATE, 1, 2), coverage.figure(CoverageField.AWARD_DATE));
        assertEquals(new CoverageFigure(CoverageField.PROCUREMENT_METHOD, 1, 2),
                coverage.figure(CoverageField.PROCUREMENT_METHOD));
        assertEquals(new CoverageFigure(CoverageField.CLASSIFIED_ITEMS, 1, 2),
                coverage.figure(CoverageField.CLASSIFIED_ITEMS));
        assertEquals(new CoverageFigure(CoverageField.DOCUMENTS, 1, 3), coverage.figure(CoverageField.DOCUMENTS));
        assertEquals(new CoverageFigure(CoverageField.CONTRACT_SIGNED, 0, 0),
                coverage.figure(CoverageField.CONTRACT_SIGNED));
        assertEquals(0.5, coverage.figure(CoverageField.SUPPLIER_RFC).share());
        assertEquals(0.0, coverage.figure(CoverageField.CONTRACT_SIGNED).share());
        assertEquals(11, coverage.figures().size());
        assertEquals(2L, coverage.fields().occurrences().get("/awards[]/suppliers[]/id"));
        assertEquals(2.0 / 3, coverage.fields().shares().get("/awards[]"));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String singleQuoted) throws Exception {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
