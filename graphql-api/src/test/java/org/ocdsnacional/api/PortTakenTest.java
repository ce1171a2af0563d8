package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A port that cannot be bound is a failure to start, said clearly, never a server running without its API. */
class PortTakenTest {

    @Test
    void aTakenPortIsAFailureToStartThatSaysWhichPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            ApiServer.Builder builder = ApiServer.builder().host("127.0.0.1").port(taken.getLocalPort())
                    .backend(new ApiBackend(null, null, null, null, null, List::of, null, null, null))
                    .admin(FakeAdmin.idle()).mapper(new ObjectMapper());
            ApiServer.StartException refused = assertThrows(ApiServer.StartException.class, builder::start);
            assertTrue(refused.getMessage().startsWith("No se pudo abrir el puerto " + taken.getLocalPort()),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("could not listen on port " + taken.getLocalPort()),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("server.port"), refused.getMessage());
        }
    }
}
