package org.ocdsnacional.harvester.registry;

import org.quartz.CronExpression;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one entry of the registry's {@code sources} list into a {@link Source}, checking every field. */
final class SourceParser {

    private static final List<String> KEYS = List.of(
            "id", "name", "state", "level", "kind", "status", "protocol", "parameters", "schedule", "http");
    private static final List<String> KINDS = List.of(
            "transparency-institute", "anti-corruption-secretariat", "municipality", "federal-platform",
            "state-platform", "federal-agency", "state-agency", "civil-society");
    private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Path file;

    SourceParser(Path file) {
        this.file = file;
    }

    /** The source at {@code node}, the {@code position}-th (1-based) of the list. */
    Source parse(Node node, int position) throws RegistryException {
        YamlMapping entry = YamlMapping.of(node, file, "source #" + position + ": ", "a source");
        String id = id(entry);
        YamlMapping source = entry.within("source \"" + id + "\": ");
        source.allowOnly(KEYS, "key", "");
        GovernmentLevel level = choice(source, "level", GovernmentLevel.values(), GovernmentLevel::code);
        SourceStatus status = choice(source, "status", SourceStatus.values(), SourceStatus::code);
        ProtocolSpec protocol = protocolSpec(source);
        return new Source(id, source.text("name"), state(source, level), level, kind(source), status,
                protocol.name(), ParametersParser.parse(source, protocol), schedule(source),
                HttpOptionsParser.parse(source.optionalMapping("http")));
    }

    private static String id(YamlMapping entry) throws RegistryException {
        String id = entry.text("id");
        if (!id.matches(ID_PATTERN)) {
            throw entry.problem(entry.required("id"),
                    "id \"" + id + "\" must be lower-case letters and digits joined by hyphens");
        }
        return id;
    }

    private static String state(YamlMapping source, GovernmentLevel level) throws RegistryException {
        String state = source.text("state");
        Node at = source.required("state");
        if (!MexicanStates.isValid(state)) {
            throw source.problem(at, "unknown state \"" + state
                    + "\" (an ISO 3166-2:MX code such as MX-JAL or MX-CMX, or federal)");
        }
        boolean federalState = state.equals(MexicanStates.FEDERAL);
        if (federalState != (level == GovernmentLevel.FEDERAL)) {
            throw source.problem(at, "state \"" + state + "\" does not match level \"" + level.code()
                    + "\" (state is federal exactly when level is federal)");
        }
        return state;
    }

    private static String kind(YamlMapping source) throws RegistryException {
        String kind = source.text("kind");
        if (!KINDS.contains(kind)) {
            throw source.problem(source.required("kind"),
                    "unknown kind \"" + kind + "\" (known: " + String.join(", ", KINDS) + ")");
        }
        return kind;
    }

    private static ProtocolSpec protocolSpec(YamlMapping source) throws RegistryException {
        String protocol = source.text("protocol");
        Optional<ProtocolSpec> spec = ProtocolCatalog.find(protocol);
        if (spec.isEmpty()) {
            throw source.problem(source.required("protocol"), "unknown protocol \"" + protocol
                    + "\" (known: " + String.join(", ", ProtocolCatalog.names()) + ")");
        }
        return spec.get();
    }

    private static String schedule(YamlMapping source) throws RegistryException {
        String schedule = source.text("schedule");
        try {
            CronExpression.validateExpression(schedule);
            return schedule;
        } catch (ParseException e) {
            throw source.problem(source.required("schedule"), "invalid schedule \"" + schedule + "\": "
                    + e.getMessage() + " (a Quartz cron expression: seconds minutes hours day-of-month month "
                    + "day-of-week, e.g. \"0 30 2 * * ?\")");
        }
    }

    /** The constant whose registry code is the value of {@code key}. */
    private static <E> E choice(YamlMapping source, String key, E[] constants, Function<E, String> code)
            throws RegistryException {
        String value = source.text(key);
        for (E constant : constants) {
            if (code.apply(constant).equals(value)) {
                return constant;
            }
        }
        String known = Arrays.stream(constants).map(code).collect(Collectors.joining(", "));
        throw source.problem(source.required(key), "unknown " + key + " \"" + value + "\" (known: " + known + ")");
    }
}
