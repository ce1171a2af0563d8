package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.profile.ExtensionOutcome;

import java.util.List;

/**
 * The schema a package was validated against.
 *
 * @param version    the OCDS version used ("1.0" or "1.1")
 * @param schemaUrl  the core release schema's URL
 * @param extensions what became of each declared extension
 */
public record ProfileInfo(String version, String schemaUrl, List<ExtensionOutcome> extensions) {

    public ProfileInfo {
        extensions = List.copyOf(extensions);
    }
}
