package org.ocdsnacional.ocds.merge;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one merge; allocates nothing for the (usual) merge without any. */
final class Warnings {

    private List<MergeWarning> list = List.of();

    void add(MergeWarning.Kind kind, String releaseId, String pointer, String message) {
        if (list.isEmpty()) {
            list = new ArrayList<>();
        }
        list.add(new MergeWarning(kind, releaseId, pointer, message));
    }

    /** The field at {@code pointer} changed type between releases; {@code keptEarlier} says which value won. */
    void inconsistentType(Trail trail, String pointer, boolean keptEarlier) {
        add(MergeWarning.Kind.INCONSISTENT_TYPE, trail.releaseId(), pointer, keptEarlier
                ? "El tipo de este campo cambia entre releases; se conserva el valor anterior / "
                + "This field's type differs between releases; the earlier value is kept"
                : "El tipo de este campo cambia entre releases; se toma el valor nuevo / "
                + "This field's type differs between releases; the newer value replaces it");
    }

    /** The object at {@code trail} has an {@code id} another object of its list has in the same release. */
    void repeatedId(Trail trail, String id) {
        add(MergeWarning.Kind.DUPLICATE_OBJECT_ID, trail.releaseId(), trail.pointer(), "Otro objeto de esta lista "
                + "tiene el mismo id (" + id + "); se fusionan / Another object in this list has the same id; they "
                + "are merged");
    }

    List<MergeWarning> list() {
        return list;
    }
}
