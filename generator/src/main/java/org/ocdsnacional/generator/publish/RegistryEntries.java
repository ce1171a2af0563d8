package org.ocdsnacional.generator.publish;

import java.util.stream.Collectors;

/**
 * The {@code registry.yaml} entries that point a harvester at a publisher's generated sources, so that playing a
 * publisher of any size is one command and one file.
 */
public final class RegistryEntries {

    private RegistryEntries() {
    }

    /** A whole registry file with every source of {@code publisher}, harvested daily at 03:00. */
    public static String registry(Publisher publisher) {
        return "# Generated sources served by the ocds-nacional generator (synthetic data).\nsources:\n"
                + publisher.sources().stream().map(source -> entry(publisher, source)).collect(Collectors.joining());
    }

    private static String entry(Publisher publisher, PublishedSource source) {
        boolean federal = source.stateCode().equals("federal");
        return """
                  - id: %s
                    name: "%s"
                    state: %s
                    level: %s
                    kind: %s
                    status: active
                    protocol: %s
                    parameters:
                %s
                    schedule: "0 0 3 * * ?"
                    http:
                      politenessDelay: 0s
                      userAgent: %s
                """.formatted(source.id(), source.name().replace("\"", "'"), source.stateCode(),
                federal ? "federal" : "state", federal ? "federal-platform" : "state-platform", source.protocol(),
                indent(publisher.registryParameters(source.id())), source.protocol().equals("ckan") ? "browser"
                        : "ocds-nacional-demo");
    }

    private static String indent(String lines) {
        return lines.lines().map(line -> "      " + line).collect(Collectors.joining("\n"));
    }
}
