package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidationIssueTest {

    /**
     * A report must be the same, byte for byte, every time the same data is validated: the details of an issue are
     * written in the order of their names, not in an order that changes from one run of the JVM to the next.
     */
    @Test
    void detailsAreWrittenInTheOrderOfTheirNames() throws Exception {
        Map<String, String> details = new HashMap<>();
        for (String name : List.of("peer", "codelist", "openCodelist", "amendedByExtension", "extensionCodelist",
                "expected", "assumption", "deprecatedIn")) {
            details.put(name, name.toUpperCase());
        }
        ValidationIssue issue = new ValidationIssue(Severity.ERROR, "codelist.closed", "/tag/0", "tag", "x", "es",
                "en", "ocds-1", "1", details);

        String json = new ObjectMapper().writeValueAsString(issue);

        assertEquals("{\"amendedByExtension\":\"AMENDEDBYEXTENSION\",\"assumption\":\"ASSUMPTION\","
                + "\"codelist\":\"CODELIST\",\"deprecatedIn\":\"DEPRECATEDIN\",\"expected\":\"EXPECTED\","
                + "\"extensionCodelist\":\"EXTENSIONCODELIST\",\"openCodelist\":\"OPENCODELIST\",\"peer\":\"PEER\"}",
                json.substring(json.indexOf("\"details\":") + "\"details\":".length(), json.length() - 1));
        assertEquals(List.copyOf(details.keySet()).stream().sorted().toList(), List.copyOf(issue.details().keySet()));
    }
}
