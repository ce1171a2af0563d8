package org.ocdsnacional.ocds.validate;

import java.util.Set;

/** Issue types that more than one class needs to know by name. */
final class IssueTypes {

    /** The core schema of the version could not be had: the releases were not validated. */
    static final String SCHEMA_UNAVAILABLE = "schema.unavailable";
    /** A declared extension could not be had: the data was not validated against it. */
    static final String EXTENSION_UNAVAILABLE = "extension.unavailable";
    /** What says that something declared could not be checked, rather than that the data is wrong. */
    static final Set<String> NOT_CHECKED = Set.of(SCHEMA_UNAVAILABLE, EXTENSION_UNAVAILABLE);

    private IssueTypes() {
    }

    /** Whether an issue of {@code type} is about a schema or a declared extension rather than about the data. */
    static boolean aboutSchemaOrExtension(String type) {
        return type.equals(SCHEMA_UNAVAILABLE) || type.startsWith("extension.");
    }
}
