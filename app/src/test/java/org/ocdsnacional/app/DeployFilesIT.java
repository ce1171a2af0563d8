package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.EnvironmentVariables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.ocdsnacional.app.DeployFiles.list;
import static org.ocdsnacional.app.DeployFiles.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compose file, the Kubernetes manifests and the Dockerfile agree with the application, checked without Docker
 * or Kubernetes: every variable given to an ocds-nacional container is a configuration key the application reads
 * (from its shipped defaults, not from a list written here) and the configuration they make loads; images are the
 * project's, at the OpenSearch version of the build; ports agree with {@code server.port}; secrets are only
 * referenced; every container has resources; and every probe and health check answers on a running instance.
 */
class DeployFilesIT {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*)|:\\?[^}]*)?}");
    private static final Pattern HEALTHCHECK_COMMAND = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD (\\[.*])");
    private static final Pattern HEALTHCHECK_PATH = Pattern.compile("GET (/\\S*) HTTP");
    private static final Pattern HEALTHCHECK_PORT = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/\\$\\{SERVER_PORT:-(\\d+)}");
    private static final Pattern UPSTREAM = Pattern.compile("server\\s+([\\w.-]+):(\\d+)");

    private static Path root;
    private static Map<String, Object> services;
    private static List<Map<String, Object>> manifests;
    private static Set<String> keys;
    private static String dockerfile;
    private static int serverPort;

    @TempDir
    static Path work;

    @BeforeAll
    static void read() {
        root = DeployFiles.root();
        services = map(DeployFiles.yaml(root.resolve("deploy/compose.yaml")).get("services"));
        manifests = DeployFiles.manifests(root.resolve("deploy/k8s"));
        keys = DeployFiles.configurationKeys();
        dockerfile = DeployFiles.read(root.resolve("deploy/Dockerfile"));
        serverPort = AppConfig.load(Optional.empty(), Map.of(), Map.of()).port();
    }

    @Test
    void composeRunsAThreeNodeClusterOfTheBuildsOpenSearch() {
        List<String> nodes = services.keySet().stream().filter(name -> image(name).startsWith("opensearchproject/"))
                .toList();
        assertEquals(3, nodes.size(), "three OpenSearch nodes: " + nodes);
        for (String node : nodes) {
            assertEquals("opensearchproject/opensearch:" + DeployFiles.openSearchVersion(root), image(node));
            Map<String, String> environment = DeployFiles.environment(map(services.get(node)).get("environment"));
            assertEquals(Set.copyOf(nodes), Set.of(environment.get("discovery.seed_hosts").split(",")));
            assertEquals(Set.copyOf(nodes), Set.of(environment.get("cluster.initial_cluster_manager_nodes")
                    .split(",")));
        }
        assertTrue(services.containsKey("postgres") && services.containsKey("proxy") && services.containsKey("harvester"));
        assertEquals(2, map(map(services.get("api")).get("deploy")).get("replicas"), "two API instances");
    }

    @Test
    void theKubernetesClusterRunsTheBuildsOpenSearch() {
        for (Map<String, Object> container : containers()) {
            String image = (String) container.get("image");
            if (image.startsWith("opensearchproject/")) {
                assertEquals("opensearchproject/opensearch:" + DeployFiles.openSearchVersion(root), image);
            }
        }
        Map<String, Object> cluster = manifest("StatefulSet", "opensearch");
        assertEquals(3, map(cluster.get("spec")).get("replicas"));
    }

    @Test
    void everyVariableOfAnApplicationContainerIsAConfigurationKey() {
        Set<String> dockerfileVariables = dockerfileVariables();
        Map<String, Map<String, String>> environments = applicationEnvironments();
        assertFalse(environments.isEmpty());
        environments.forEach((container, environment) -> environment.keySet().forEach(variable -> assertTrue(
                readByTheApplication(variable) || dockerfileVariables.contains(variable),
                container + ": " + variable + " is no configuration key the application reads")));
    }

    /** What each container's environment makes of the configuration: it loads, and it reaches the cluster. */
    @Test
    void theApplicationAcceptsEveryContainersConfiguration() {
        applicationEnvironments().forEach((container, environment) -> {
            AppConfig config = AppConfig.load(Optional.empty(), Map.of(), environment);
            assertFalse(config.cluster().isEmbedded(), container + " uses the cluster");
            assertEquals(3, config.cluster().urls().size(), container);
            for (URI url : config.cluster().urls()) {
                assertTrue(openSearchHosts().contains(url.getHost()), container + ": " + url + " is no node of "
                        + openSearchHosts());
                assertEquals(9200, url.getPort(), container + ": " + url);
            }
        });
    }

    /** Instances behind one proxy sign cursors with one key, or a page's cursor fails on the other instance. */
    @Test
    void instancesBehindTheProxyShareTheCursorKey() {
        Map<String, Object> api = map(services.get("api"));
        assertTrue(DeployFiles.environment(api.get("environment")).containsKey("API_CURSORS_SECRET"), "compose api");
        assertTrue(keys.contains("api.cursors.secret"), "the key API_CURSORS_SECRET sets is read");
        Map<String, Object> container = containers().stream().filter(c -> strings(c.get("args")).contains("api"))
                .findFirst().orElseThrow();
        assertTrue(list(container.get("env")).stream().anyMatch(e -> "API_CURSORS_SECRET".equals(map(e).get("name"))),
                "k8s ocds-api");
    }

    @Test
    void commandsAreTheApplicationsCommands() {
        CommandLine main = Main.commandLine();
        List<List<String>> commands = new ArrayList<>();
        services.keySet().stream().filter(name -> image(name).startsWith("ocds-nacional"))
                .forEach(name -> commands.add(strings(map(services.get(name)).get("command"))));
        containers().stream().filter(DeployFilesIT::isApplication).forEach(c -> commands.add(strings(c.get("args"))));
        assertFalse(commands.isEmpty());
        for (List<String> command : commands) {
            CommandLine sub = main.getSubcommands().get(command.getFirst());
            assertTrue(sub != null, "no command " + command.getFirst());
            command.stream().filter(arg -> arg.startsWith("--")).forEach(option -> assertTrue(
                    sub.getCommandSpec().findOption(option) != null,
                    command.getFirst() + " has no option " + option));
        }
    }

    @Test
    void portsAgreeWithTheApplication() {
        Matcher upstream = UPSTREAM.matcher(DeployFiles.read(root.resolve("deploy/nginx.conf")));
        assertTrue(upstream.find());
        assertTrue(services.containsKey(upstream.group(1)), "nginx forwards to a service: " + upstream.group(1));
        assertEquals(serverPort, Integer.parseInt(upstream.group(2)), "nginx forwards to server.port");
        Matcher healthcheck = HEALTHCHECK_PORT.matcher(dockerfile);
        assertTrue(healthcheck.find(), "the image's health check asks server.port");
        assertEquals(serverPort, Integer.parseInt(healthcheck.group(1)));
        assertTrue(dockerfile.contains("EXPOSE " + serverPort));
        for (Map<String, Object> container : containers().stream().filter(DeployFilesIT::isApplication).toList()) {
            assertEquals(serverPort, map(list(container.get("ports")).getFirst()).get("containerPort"));
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertEquals(serverPort, map(map(container.get(probe)).get("httpGet")).get("port"), probe);
            }
        }
        Map<String, Object> service = map(list(map(manifest("Service", "ocds-api").get("spec")).get("ports"))
                .getFirst());
        assertEquals(serverPort, service.get("targetPort"));
        Map<String, Object> ingress = map(manifest("Ingress", "ocds-nacional").get("spec"));
        String backend = (String) map(map(map(list(map(map(list(ingress.get("rules")).getFirst()).get("http"))
                .get("paths")).getFirst()).get("backend")).get("service")).get("name");
        assertEquals("ocds-api", backend);
    }

    @Test
    void secretsAreOnlyReferenced() {
        for (Map<String, Object> manifest : manifests) {
            assertFalse("Secret".equals(manifest.get("kind")), "no Secret is written in deploy/k8s");
        }
        services.forEach((name, service) -> DeployFiles.environment(map(service).get("environment"))
                .forEach((variable, value) -> {
                    if (secret(variable)) {
                        assertTrue(value.isEmpty() || INTERPOLATION.matcher(value).matches(),
                                name + ": " + variable + " must come from the environment (${…})");
                    }
                }));
        for (Map<String, Object> container : containers()) {
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> variable = map(entry);
                if (secret((String) variable.get("name"))) {
                    assertTrue(map(variable.get("valueFrom")).containsKey("secretKeyRef"),
                            variable.get("name") + " must be read from a secret");
                }
            }
        }
        manifests.stream().filter(m -> "ConfigMap".equals(m.get("kind")))
                .forEach(m -> map(m.get("data")).keySet().forEach(key -> assertFalse(secret(key), key)));
    }

    @Test
    void everyKubernetesContainerHasResourcesAndProbes() {
        for (Map<String, Object> container : containers()) {
            Map<String, Object> resources = map(container.get("resources"));
            assertTrue(map(resources.get("requests")).containsKey("cpu"), container.get("name") + " cpu request");
            assertTrue(map(resources.get("requests")).containsKey("memory"), container.get("name") + " memory");
            assertTrue(map(resources.get("limits")).containsKey("memory"), container.get("name") + " memory limit");
            assertTrue(container.containsKey("readinessProbe") && container.containsKey("livenessProbe"),
                    container.get("name") + " probes");
        }
    }

    /** The paths of the probes and of the image's health check, asked of a running instance: each answers 200. */
    @Test
    void everyProbeAndHealthCheckAnswersOnARunningInstance() throws Exception {
        Set<String> paths = new TreeSet<>();
        Matcher healthcheck = HEALTHCHECK_PATH.matcher(dockerfile);
        assertTrue(healthcheck.find(), "the image has a health check");
        paths.add(healthcheck.group(1));
        containers().stream().filter(DeployFilesIT::isApplication).forEach(container -> List.of(
                "readinessProbe", "livenessProbe", "startupProbe").forEach(probe -> paths.add((String) map(map(
                container.get(probe)).get("httpGet")).get("path"))));
        Path mirror = Files.createDirectories(work.resolve("no-schemas"));
        try (Application app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", root.resolve("registry.yaml").toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "schemas.mirror", mirror.toString(), "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false", "server.port", "0"), Map.of())).serve()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : paths) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.apiUri().orElseThrow()
                        .resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            }
            assertEquals(0, runHealthCheck(app.apiUri().orElseThrow().getPort()), "the image's HEALTHCHECK passes");
        }
    }

    /**
     * The image starts each command on the JVM options {@code bin/ocds-nacional} starts it on (both through {@code
     * deploy/run-java}), then the image's {@code JAVA_OPTS}; its default command is {@code serve}, with the server's
     * options.
     */
    @Test
    void theImageStartsEachCommandOnTheLaunchersJvmOptions() throws Exception {
        String launcher = DeployFiles.read(root.resolve("bin/ocds-nacional"));
        assertTrue(launcher.contains("exec \"$root/deploy/run-java\" \"$JAVA_HOME/bin/java\" \"$jar\" \"$@\""),
                "bin/ocds-nacional starts every command through deploy/run-java");
        ImageStage image = ImageStage.of(dockerfile, root, work);
        Matcher javaOpts = Pattern.compile("^ENV JAVA_OPTS=\"([^\"]*)\"$", Pattern.MULTILINE).matcher(dockerfile);
        assertTrue(javaOpts.find(), "the image sets JAVA_OPTS");
        for (List<String> command : List.of(List.of("serve", "--role", "api"), List.of("validate", "x.json"),
                List.of("harvest", "--source", "x"))) {
            ImageStage.Launch fromLauncher = ImageStage.launch(Stream.concat(Stream.of(
                    root.resolve("deploy/run-java").toString(), image.fakeJava().toString(), "ocds-nacional.jar"),
                    command.stream()).toList(), Map.of(), root);
            ImageStage.Launch fromImage = image.run(command);
            assertEquals(command, fromImage.command());
            assertEquals(Stream.concat(fromLauncher.jvmOptions().stream(), Stream.of(javaOpts.group(1).split(" ")))
                    .toList(), fromImage.jvmOptions(), String.join(" ", command));
        }
        ImageStage.Launch byDefault = image.run(List.of());
        assertEquals(List.of("serve"), byDefault.command());
        assertTrue(byDefault.jvmOptions().containsAll(ImageStage.Launch.of(List.of(
                "@deploy/jvm.options", "@deploy/jvm-serve.options", "-jar", "x.jar"), root).jvmOptions()),
                "the image serves with jvm.options and jvm-serve.options: " + byDefault.jvmOptions());
    }

    /**
     * {@code validate} and {@code compile}, which hold a few releases at a time, run on the serial collector (turning
     * off {@code jvm.options}' G1, which {@code serve} and {@code harvest}, with their embedded node, keep).
     */
    @Test
    void theFileCommandsRunOnTheSerialCollectorAndTheNodeCommandsOnG1() throws Exception {
        ImageStage image = ImageStage.of(dockerfile, root, work.resolve("collectors"));
        for (String command : List.of("validate", "compile", "serve", "harvest")) {
            List<String> options = ImageStage.launch(List.of(root.resolve("deploy/run-java").toString(),
                    image.fakeJava().toString(), "ocds-nacional.jar", command), Map.of(), root).jvmOptions();
            int g1 = options.lastIndexOf("-XX:+UseG1GC");
            boolean serial = g1 >= 0 && options.lastIndexOf("-XX:-UseG1GC") > g1
                    && options.lastIndexOf("-XX:+UseSerialGC") > g1;
            assertEquals(command.equals("validate") || command.equals("compile"), serial, command + ": " + options);
        }
    }

    /** Runs the image's {@code HEALTHCHECK} command here, as Docker would, against {@code port}. */
    private static int runHealthCheck(int port) throws IOException, InterruptedException {
        Matcher command = HEALTHCHECK_COMMAND.matcher(dockerfile);
        assertTrue(command.find(), "HEALTHCHECK … CMD [\"…\"] in the Dockerfile");
        List<String> arguments = new ArrayList<>();
        new ObjectMapper().readTree(command.group(1)).forEach(argument -> arguments.add(argument.asText()));
        ProcessBuilder check = new ProcessBuilder(arguments).redirectErrorStream(true);
        check.environment().put("SERVER_PORT", Integer.toString(port));
        Process running = check.start();
        assertTrue(running.waitFor(30, TimeUnit.SECONDS), "the health check ends");
        return running.exitValue();
    }

    /** Each ocds-nacional container's environment, with Compose's {@code ${…}} and secrets filled in. */
    private static Map<String, Map<String, String>> applicationEnvironments() {
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (image(name).startsWith("ocds-nacional")) {
                Map<String, String> environment = new HashMap<>();
                DeployFiles.environment(map(service).get("environment"))
                        .forEach((variable, value) -> environment.put(variable, interpolated(value)));
                environments.put("compose " + name, environment);
            }
        });
        Map<String, String> configMap = new HashMap<>();
        map(manifest("ConfigMap", "ocds-nacional-config").get("data"))
                .forEach((key, value) -> configMap.put(key, String.valueOf(value)));
        for (Map<String, Object> container : containers().stream().filter(DeployFilesIT::isApplication).toList()) {
            Map<String, String> environment = new HashMap<>(configMap);
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> variable = map(entry);
                environment.put((String) variable.get("name"), variable.containsKey("value")
                        ? String.valueOf(variable.get("value")) : randomSecret());
            }
            environments.put("k8s " + container.get("name") + " " + container.get("args"), environment);
        }
        return environments;
    }

    private static boolean readByTheApplication(String variable) {
        return variable.equals(AppConfig.USERNAME_VARIABLE) || variable.equals(AppConfig.PASSWORD_VARIABLE)
                || variable.equals(AppConfig.SCHEDULER_USERNAME_VARIABLE)
                || variable.equals(AppConfig.SCHEDULER_PASSWORD_VARIABLE)
                || aliases(variable).stream().anyMatch(keys::contains);
    }

    /** The configuration keys an environment variable sets, as Helidon maps them. */
    private static Set<String> aliases(String variable) {
        return EnvironmentVariables.expand(Map.of(variable, "x")).keySet();
    }

    /** The variables the image's own entry point reads ({@code $JAVA_OPTS}, read by {@code deploy/run-java}). */
    private static Set<String> dockerfileVariables() {
        String runJava = DeployFiles.read(root.resolve("deploy/run-java"));
        Set<String> variables = new TreeSet<>();
        Matcher env = Pattern.compile("^ENV (\\w+)=", Pattern.MULTILINE).matcher(dockerfile);
        while (env.find()) {
            assertTrue(dockerfile.contains("$" + env.group(1)) || runJava.contains("$" + env.group(1))
                    || runJava.contains("${" + env.group(1)), env.group(1) + " is set and never read");
            variables.add(env.group(1));
        }
        return variables;
    }

    private static String interpolated(String value) {
        Matcher reference = INTERPOLATION.matcher(value);
        StringBuilder filled = new StringBuilder();
        while (reference.find()) {
            String replacement = reference.group(2) != null ? reference.group(2) : randomSecret();
            reference.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(filled).toString();
    }

    /** The host names of the OpenSearch nodes: Compose service names and the StatefulSet's pods. */
    private static Set<String> openSearchHosts() {
        Set<String> hosts = new TreeSet<>(services.keySet());
        Map<String, Object> spec = map(manifest("StatefulSet", "opensearch").get("spec"));
        IntStream.range(0, (Integer) spec.get("replicas"))
                .forEach(i -> hosts.add("opensearch-" + i + "." + spec.get("serviceName")));
        return hosts;
    }

    /** What an operator puts in a secret: 32 random bytes, in Base64 ({@code openssl rand -base64 32}). */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean secret(String name) {
        return name.contains("PASSWORD") || name.contains("TOKEN") || name.contains("SECRET");
    }

    private static boolean isApplication(Map<String, Object> container) {
        return "ocds-nacional".equals(container.get("image"));
    }

    private static String image(String service) {
        return String.valueOf(map(services.get(service)).getOrDefault("image", ""));
    }

    private static List<String> strings(Object list) {
        return list(list).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> manifest(String kind, String name) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))
                        && name.equals(map(m.get("metadata")).get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/k8s"));
    }

    /** Every container of every workload (Deployment, StatefulSet), init containers aside. */
    private static List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> manifest : manifests) {
            Map<String, Object> template = map(map(manifest.get("spec")).get("template"));
            list(map(template.get("spec")).get("containers")).forEach(c -> containers.add(map(c)));
        }
        return containers;
    }
}
