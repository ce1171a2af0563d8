package org.ocdsnacional.app;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment files as data: {@code deploy/compose.yaml}, the Kubernetes manifests that
 * {@code deploy/k8s/kustomization.yaml} lists, the Dockerfile, and what the application itself declares (the keys of
 * its shipped defaults, the OpenSearch version of the build).
 */
final class DeployFiles {

    private static final Pattern OPENSEARCH_VERSION = Pattern.compile("<opensearch.version>([^<]+)</opensearch.version>");

    private DeployFiles() {
    }

    /** The repository's root (tests run in the module's folder). */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (!Files.isRegularFile(root.resolve("deploy/compose.yaml"))) {
            throw new AssertionError("deploy/compose.yaml not found under " + root);
        }
        return root;
    }

    /** The first YAML document of {@code file}, as maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(read(file));
    }

    /** Every document of every manifest that the kustomization lists. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> manifests(Path k8s) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object resource : list(yaml(k8s.resolve("kustomization.yaml")).get("resources"))) {
            for (Object document : new Load(LoadSettings.builder().build())
                    .loadAllFromString(read(k8s.resolve((String) resource)))) {
                if (document != null) {
                    all.add((Map<String, Object>) document);
                }
            }
        }
        return all;
    }

    /** Every configuration key the application reads from its defaults, dotted ({@code opensearch.index.prefix}). */
    static Set<String> configurationKeys() {
        try (InputStream in = AppConfig.class.getResourceAsStream("/ocds-nacional-defaults.yaml")) {
            Map<String, Object> defaults = map(new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in));
            Set<String> keys = new TreeSet<>();
            flatten("", defaults, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenSearch version the project builds with (the root pom's {@code opensearch.version}). */
    static String openSearchVersion(Path root) {
        Matcher version = OPENSEARCH_VERSION.matcher(read(root.resolve("pom.xml")));
        if (!version.find()) {
            throw new AssertionError("no opensearch.version in pom.xml");
        }
        return version.group(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** A Compose environment (a map, or a list of {@code NAME=value}) as a map. */
    static Map<String, String> environment(Object compose) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (compose instanceof Map<?, ?> pairs) {
            pairs.forEach((name, value) -> environment.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else {
            for (Object pair : list(compose)) {
                String text = String.valueOf(pair);
                int equals = text.indexOf('=');
                environment.put(text.substring(0, equals), text.substring(equals + 1));
            }
        }
        return environment;
    }

    private static void flatten(String prefix, Map<String, Object> node, Set<String> keys) {
        node.forEach((name, value) -> {
            String key = prefix + name;
            if (value instanceof Map<?, ?>) {
                flatten(key + ".", map(value), keys);
            } else {
                keys.add(key);
            }
        });
    }
}
