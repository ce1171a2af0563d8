package org.ocdsnacional.ocds.merge;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one merge; allocates nothing for the (usual) merge without any. */
final class Warnings {

    private List<MergeWarning> list = List.of();

    void add(MergeWarning.Kind kind, Trail where, String message) {
        add(new MergeWarning(kind, where.releaseId(), where.pointer(), message));
    }

    void add(MergeWarning warning) {
        if (list.isEmpty()) {
            list = new ArrayList<>();
        }
        list.add(warning);
    }

    /** A field whose type changed between releases; {@code keptEarlier} says which value the merge kept. */
    void inconsistentType(Trail where, boolean keptEarlier) {
        add(MergeWarning.Kind.INCONSISTENT_TYPE, where, keptEarlier
                ? "El tipo de este campo cambia entre releases; se conserva el valor anterior / "
                + "This field's type differs between releases; the earlier value is kept"
                : "El tipo de este campo cambia entre releases; se toma el valor nuevo / "
                + "This field's type differs between releases; the newer value replaces it");
    }

    List<MergeWarning> list() {
        return list;
    }
}
