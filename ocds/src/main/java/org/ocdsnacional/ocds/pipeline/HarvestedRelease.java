package org.ocdsnacional.ocds.pipeline;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.List;

/**
 * A release as one run of one source found it, with what validation said about it.
 *
 * @param sourceId    the registry id of the source that published it
 * @param runId       the harvest run that fetched it
 * @param release     the release as published (after the source's known quirks were normalised)
 * @param packageInfo metadata of the package that carried it
 * @param contentHash SHA-256 (hex) of the release's canonical JSON: equal hashes mean an unchanged release
 * @param issues      validation issues of this release
 * @param documentUrl the URL of the document it was read from
 */
public record HarvestedRelease(String sourceId, String runId, Release release, PackageMetadata packageInfo,
                               String contentHash, List<ValidationIssue> issues, String documentUrl) {

    public HarvestedRelease {
        issues = List.copyOf(issues);
    }
}
