package org.ocdsnacional.harvester.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids that a person can read: {@code guadalajara-20260807T023000Z-3f9a1c}. */
final class RunIds {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    static String next(String sourceId, Instant now) {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return sourceId + "-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(random);
    }
}
