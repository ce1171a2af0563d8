package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiServer;

import java.net.BindException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureReportTest {

    @Test
    void anApiThatCannotListenIsSomethingTheUserFixesAndSaysWhichPort() {
        String message = FailureReport.fixable(new ApiServer.StartException("0.0.0.0", 18123)).orElseThrow();

        assertTrue(message.startsWith("No se pudo abrir el puerto 18123 de la API"), message);
        assertTrue(message.contains("The API could not listen on port 18123"), message);
    }

    @Test
    void aTakenPortAnywhereInTheCausesIsFixable() {
        RuntimeException wrapped = new RuntimeException("start", new BindException("Address already in use"));

        assertTrue(FailureReport.fixable(wrapped).orElseThrow().contains("A port is in use by another program"));
    }

    @Test
    void anythingElseIsUnexpected() {
        assertEquals(Optional.empty(), FailureReport.fixable(new IllegalStateException("a defect")));
    }
}
