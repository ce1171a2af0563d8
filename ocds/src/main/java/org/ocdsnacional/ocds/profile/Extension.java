package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One extension as retrieved: its release schema patch and codelist files.
 *
 * @param url       the URL as declared
 * @param name      its name (Spanish, else English), empty when the metadata has none
 * @param patch     its release-schema.json, if it has one
 * @param codelists the text of each codelist file it lists and that could be read, by file name, in order
 * @param codelistUrls where each codelist file was read, by file name
 * @param problems  non-fatal problems found while retrieving it
 */
record Extension(String url, String name, Optional<ObjectNode> patch, Map<String, String> codelists,
                 Map<String, String> codelistUrls, List<ExtensionProblem> problems) {

    Extension {
        codelists = Collections.unmodifiableMap(new LinkedHashMap<>(codelists));
        codelistUrls = Map.copyOf(codelistUrls);
        problems = List.copyOf(problems);
    }
}
