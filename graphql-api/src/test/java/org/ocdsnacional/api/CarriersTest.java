package org.ocdsnacional.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CarriersTest {

    @Test
    void twoCarriersPerCoreUnlessTheJvmWasToldANumber() {
        String before = System.getProperty(ApiServer.CARRIERS);
        try {
            System.clearProperty(ApiServer.CARRIERS);
            ApiServer.configureCarriers();
            assertEquals(String.valueOf(2 * Runtime.getRuntime().availableProcessors()),
                    System.getProperty(ApiServer.CARRIERS));

            System.setProperty(ApiServer.CARRIERS, "3");
            ApiServer.configureCarriers();
            assertEquals("3", System.getProperty(ApiServer.CARRIERS));
        } finally {
            if (before == null) {
                System.clearProperty(ApiServer.CARRIERS);
            } else {
                System.setProperty(ApiServer.CARRIERS, before);
            }
        }
    }
}
