package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibCoveCommandTest {

    @Test
    void printsTheAgreementTableAndItsTotals() {
        StringWriter out = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out))
                .execute("lib-cove", "--shared", SharedFixtures.root().toString());

        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains("schema_validation          common_checks/records_invalid_releases.json  yes"),
                out.toString());
        assertTrue(out.toString().matches("(?s).*\\d+ cases: \\d+ yes, .* 0 NO\\R"), out.toString());
    }
}
