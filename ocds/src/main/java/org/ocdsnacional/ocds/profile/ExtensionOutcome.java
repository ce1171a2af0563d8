package org.ocdsnacional.ocds.profile;

import java.util.List;

/**
 * What became of one declared extension.
 *
 * @param url           the URL as the package declares it
 * @param name          its name from the metadata (Spanish, else English), empty when unknown
 * @param applied       whether it was merged into the profile
 * @param patchesSchema whether it changed the release schema (a codelist-only extension does not)
 * @param problems      what was wrong with it; a fatal problem comes first when it was not applied
 */
public record ExtensionOutcome(String url, String name, boolean applied, boolean patchesSchema,
                               List<ExtensionProblem> problems) {

    public ExtensionOutcome {
        problems = List.copyOf(problems);
    }

    static ExtensionOutcome failed(String url, ExtensionProblem problem) {
        return new ExtensionOutcome(url, "", false, false, List.of(problem));
    }
}
