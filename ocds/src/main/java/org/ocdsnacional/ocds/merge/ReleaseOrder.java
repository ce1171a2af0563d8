package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the releases of one process in merge order (by {@code date} as published, compared as text like the
 * reference implementation; stable; releases without a string date first) and warns about undated releases,
 * repeated release ids and mixed ocids.
 */
final class ReleaseOrder {

    private ReleaseOrder() {
    }

    /** A release and the text it is ordered by. */
    private record Keyed(ObjectNode json, String date) {
    }

    static List<ObjectNode> sort(List<Release> releases, Warnings warnings) {
        Keyed[] keyed = new Keyed[releases.size()];
        String[] ids = new String[releases.size()];
        for (int i = 0; i < keyed.length; i++) {
            ObjectNode json = releases.get(i).json();
            keyed[i] = new Keyed(json, date(json));
            ids[i] = releases.get(i).id();
            check(releases, ids, i, warnings);
        }
        Arrays.sort(keyed, Comparator.comparing(k -> k.date() == null ? "" : k.date()));
        List<ObjectNode> ordered = new ArrayList<>(keyed.length);
        for (Keyed release : keyed) {
            ordered.add(release.json());
        }
        return ordered;
    }

    /** The release's {@code date} when it is a string; null otherwise. */
    static String date(ObjectNode release) {
        JsonNode date = release.get("date");
        return date != null && date.isTextual() ? date.textValue() : null;
    }

    private static void check(List<Release> releases, String[] ids, int i, Warnings warnings) {
        Release release = releases.get(i);
        String id = ids[i];
        if (date(release.json()) == null) {
            warnings.add(MergeWarning.Kind.UNDATED_RELEASE, id, "", "Release sin fecha (date) válida; se ordena "
                    + "antes de los fechados / Release without a valid date; ordered before the dated ones");
        }
        for (int earlier = 0; earlier < i; earlier++) {
            if (ids[earlier].equals(id)) {
                warnings.add(MergeWarning.Kind.DUPLICATE_RELEASE_ID, id, "", "Hay más de un release con este id / "
                        + "More than one release has this id");
                break;
            }
        }
        String ocid = releases.getFirst().ocid();
        if (i > 0 && !ocid.equals(release.ocid())) {
            warnings.add(MergeWarning.Kind.MIXED_OCIDS, id, "", "Este release es de otro ocid (" + release.ocid()
                    + ", no " + ocid + ") / This release has another ocid");
        }
    }
}
