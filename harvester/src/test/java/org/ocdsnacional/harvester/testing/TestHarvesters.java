package org.ocdsnacional.harvester.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.harvester.run.Harvester;

import java.io.IOException;
import java.nio.file.Path;

/** Harvesters wired as the application would, with the stand-in validator. */
public final class TestHarvesters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestHarvesters() {
    }

    public static Harvester create(HarvestSink sink, Path workDir) throws IOException {
        return create(sink, workDir, 500);
    }

    public static Harvester create(HarvestSink sink, Path workDir, int batchSize) throws IOException {
        return Harvester.builder()
                .validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(MAPPER))
                .sink(sink)
                .mapper(MAPPER)
                .batchSize(batchSize)
                .build();
    }
}
