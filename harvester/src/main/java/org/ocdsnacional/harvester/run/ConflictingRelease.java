package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.Map;

/**
 * The issue of a release whose ocid and id a release read earlier in the run already had, with other content: the
 * publisher is told, with both hashes, and the first one read is the one indexed (documents in the order the
 * protocol walks them, releases in document order), so the same publication always indexes the same release.
 */
final class ConflictingRelease {

    static final String TYPE = "release.conflicting_duplicate";

    private ConflictingRelease() {
    }

    static ValidationIssue issue(Release release, long firstHash, String hash, String documentUrl) {
        String pair = release.ocid() + ", " + release.id();
        String first = FirstSightings.hex(firstHash);
        String other = hash.substring(0, 16);
        return new ValidationIssue(Severity.ERROR, TYPE, "", "id", pair,
                "Otra entrega con el mismo ocid e id (" + pair + ") tiene otro contenido (hash " + first + "…, leída "
                        + "antes; esta: " + other + "…): se indexa la leída primero; cada versión de un proceso "
                        + "necesita su propio id",
                "Another release with the same ocid and id (" + pair + ") has other content (hash " + first + "…, "
                        + "read first; this one: " + other + "…): the one read first is indexed; each version of a "
                        + "process needs its own id",
                release.ocid(), release.id(), Map.of("firstHash", first, "hash", hash, "document", documentUrl));
    }
}
