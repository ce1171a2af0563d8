package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cardinal}: the conformance table with Cardinal's cases, and its exit statuses. */
class CardinalCommandTest {

    @TempDir
    Path empty;

    @Test
    void printsEveryCaseAndNoneDisagrees() {
        StringWriter out = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out))
                .execute("cardinal", "--shared", SharedFixtures.root().toString());

        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains("tests/fixtures/indicators/R024"), out.toString());
        assertTrue(out.toString().contains("docs/cli/indicators/R/048.md"), out.toString());
        assertTrue(out.toString().contains("tests/fixtures/coverage/multiline"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\R52 cases: 52 agree, 0 disagree\\R"), out.toString());
    }

    @Test
    void saysWhenTheCasesAreMissing() {
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setErr(new PrintWriter(err)).execute("cardinal", "--shared", empty.toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("Cardinal's cases not found"), err.toString());
    }
}
