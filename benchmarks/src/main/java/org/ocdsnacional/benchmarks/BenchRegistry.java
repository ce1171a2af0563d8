package org.ocdsnacional.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A registry with one source: the generated publisher. */
final class BenchRegistry {

    private BenchRegistry() {
    }

    static Path write(Path dir, String url) throws IOException {
        return Files.writeString(dir.resolve("registry.yaml"), """
                sources:
                  - id: bench
                    name: Publicador generado
                    state: MX-JAL
                    level: state
                    kind: state-platform
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: %s
                    schedule: "0 0 3 * * ?"
                    http:
                      callTimeout: 2h
                      maxBodyBytes: 8GiB
                      politenessDelay: 0s
                """.formatted(url));
    }
}
