package org.ocdsnacional.ocds.profile;

import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts together the codelists of a profile: the core codelists the schema names, then each extension's
 * codelist files in declaration order ({@code +x.csv} adds codes, {@code -x.csv} removes them, {@code x.csv}
 * replaces or introduces a codelist).
 */
final class CodelistAssembly {

    private final Map<String, Codelist> core = new HashMap<>();
    private final Map<String, Draft> current = new LinkedHashMap<>();

    private CodelistAssembly() {
    }

    /** The codelists; problems with an extension's codelists are added to {@code problems} under its URL. */
    static Codelists assemble(OcdsVersion version, Set<String> names, List<Extension> extensions, SchemaSource source,
                              Map<String, List<ExtensionProblem>> problems) {
        CodelistAssembly assembly = new CodelistAssembly();
        Set<String> wanted = new LinkedHashSet<>(names);
        extensions.forEach(extension -> extension.codelists().keySet().forEach(file -> wanted.add(baseName(file))));
        wanted.forEach(name -> assembly.readCore(version, name, source));
        for (Extension extension : extensions) {
            List<ExtensionProblem> found = problems.computeIfAbsent(extension.url(), url -> new ArrayList<>());
            extension.codelists().forEach((file, text) ->
                    assembly.apply(file, text, extension.codelistUrls().get(file), found));
        }
        Map<String, Codelist> result = new LinkedHashMap<>();
        assembly.current.forEach((name, draft) -> result.put(name, draft.freeze(name)));
        return new Codelists(result);
    }

    private void readCore(OcdsVersion version, String name, SchemaSource source) {
        String url = version.codelistUrl(name).toString();
        try {
            CodelistCsv.codes(source.read(version.codelistUrl(name))).ifPresent(codes -> {
                core.put(name, new Codelist(name, codes, url, List.of(), false, false));
                current.put(name, new Draft(new LinkedHashSet<>(codes), url, new ArrayList<>(), false, false));
            });
        } catch (IOException e) {
            // Not a core codelist (an extension's own), or unavailable: fields naming it are then not checked.
        }
    }

    private void apply(String file, String text, String url, List<ExtensionProblem> problems) {
        Optional<Set<String>> codes = CodelistCsv.codes(text);
        if (codes.isEmpty()) {
            problems.add(new ExtensionProblem(ExtensionProblem.Kind.CODELIST_WITHOUT_CODES, file));
            return;
        }
        if (!file.startsWith("+") && !file.startsWith("-")) {
            boolean isCore = core.containsKey(file);
            current.put(file, new Draft(new LinkedHashSet<>(codes.get()), url, new ArrayList<>(), !isCore, isCore));
            return;
        }
        Draft draft = current.get(baseName(file));
        if (draft == null) {
            problems.add(new ExtensionProblem(ExtensionProblem.Kind.CODELIST_PATCHES_UNKNOWN, file));
            return;
        }
        draft.amendments.add(url);
        if (file.startsWith("+")) {
            draft.codes.addAll(codes.get());
            return;
        }
        for (String code : codes.get()) {
            if (!draft.codes.remove(code)) {
                problems.add(new ExtensionProblem(ExtensionProblem.Kind.CODE_TO_REMOVE_ABSENT, file + ": " + code));
            }
        }
    }

    private static String baseName(String file) {
        return file.startsWith("+") || file.startsWith("-") ? file.substring(1) : file;
    }

    /** A codelist being put together. */
    private record Draft(Set<String> codes, String url, List<String> amendments, boolean fromExtension,
                         boolean replaced) {

        Codelist freeze(String name) {
            return new Codelist(name, codes, url, amendments, fromExtension, replaced);
        }
    }
}
