package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;

/**
 * A package apart from its releases or records: the package schema (with {@code releases}/{@code records}
 * present, an array, not empty) and the package's own fields.
 */
final class PackageShellCheck {

    private static final Set<String> CONTENTS = Set.of("releases", "records");

    private PackageShellCheck() {
    }

    /** Checks {@code shell}, a package whose releases or records stand in as placeholders, at {@code pointer}. */
    static void check(CompiledProfile profile, JsonNode shell, String pointer, Findings findings) {
        boolean records = shell.has("records");
        ReleaseChecks.schema(records ? profile.recordPackageShell() : profile.releasePackageShell(), shell, pointer,
                Texts.Root.PACKAGE, findings, Map.of());
        new FieldWalk(profile.profile().codelists(), findings).object(shell,
                records ? profile.recordPackageShape() : profile.releasePackageShape(), pointer, CONTENTS);
    }
}
