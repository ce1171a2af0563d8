package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A list of the compiled release built by identifier merge (not a value copied whole), with the index of its
 * objects by {@code id}. To JSON and to {@code equals} it is an ordinary array.
 */
final class MergedArray extends ArrayNode {

    private static final long serialVersionUID = 1L;

    private final transient IdIndex<ObjectNode> index = new IdIndex<>();

    MergedArray() {
        super(JsonNodeFactory.instance);
    }

    IdIndex<ObjectNode> index() {
        return index;
    }
}
