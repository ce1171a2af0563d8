package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the releases of one process in merge order (by {@code date} as published, compared as text like the
 * reference implementation; stable; releases without a string date first) and warns about undated releases,
 * repeated release ids and mixed ocids.
 */
final class ReleaseOrder {

    private static final Comparator<ObjectNode> BY_DATE = Comparator.comparing(ReleaseOrder::sortKey);

    private ReleaseOrder() {
    }

    static List<ObjectNode> sort(List<Release> releases, Warnings warnings) {
        List<ObjectNode> ordered = new ArrayList<>(releases.size());
        Set<String> ids = new HashSet<>();
        String firstOcid = null;
        for (Release release : releases) {
            ObjectNode json = release.json();
            ordered.add(json);
            checkDate(json, release.id(), warnings);
            if (!ids.add(release.id())) {
                warnings.add(MergeWarning.Kind.DUPLICATE_RELEASE_ID, Trail.release(release.id()),
                        "Hay más de un release con este id / More than one release has this id");
            }
            firstOcid = firstOcid == null ? release.ocid() : firstOcid;
            if (!firstOcid.equals(release.ocid())) {
                warnings.add(MergeWarning.Kind.MIXED_OCIDS, Trail.release(release.id()), "Este release es de otro "
                        + "ocid (" + release.ocid() + ", no " + firstOcid + ") / This release has another ocid");
            }
        }
        ordered.sort(BY_DATE);
        return ordered;
    }

    /** The release's {@code date} when it is a string; null otherwise. */
    static String date(ObjectNode release) {
        JsonNode date = release.get("date");
        return date != null && date.isTextual() ? date.textValue() : null;
    }

    private static String sortKey(ObjectNode release) {
        String date = date(release);
        return date == null ? "" : date;
    }

    private static void checkDate(ObjectNode release, String id, Warnings warnings) {
        if (date(release) == null) {
            warnings.add(MergeWarning.Kind.UNDATED_RELEASE, Trail.release(id), "Release sin fecha (date) válida; "
                    + "se ordena antes de los fechados / Release without a valid date; ordered before the dated ones");
        }
    }
}
