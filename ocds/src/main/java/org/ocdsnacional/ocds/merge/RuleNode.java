package org.ocdsnacional.ocds.merge;

import java.util.Map;

/**
 * The merge rule of one field path, and the nodes of the fields beneath it (for an array of objects, the fields of
 * its items). A field the schema does not declare gets {@link #UNDECLARED}: default rule, and undeclared children.
 */
final class RuleNode {

    static final RuleNode UNDECLARED = new RuleNode(MergeRule.DEFAULT, Map.of());

    private final MergeRule rule;
    private final Map<String, RuleNode> children;
    private final boolean rulesChildren;

    /** {@code children} is kept as given (a plain hash map: looked up for every field merged, it must be fast). */
    RuleNode(MergeRule rule, Map<String, RuleNode> children) {
        this.rule = rule;
        this.children = children;
        this.rulesChildren = children.values().stream().anyMatch(child -> child.rule != MergeRule.DEFAULT);
    }

    MergeRule rule() {
        return rule;
    }

    boolean omitted() {
        return rule == MergeRule.OMIT;
    }

    boolean wholeList() {
        return rule == MergeRule.WHOLE_LIST;
    }

    /** The node of field {@code name}. */
    RuleNode child(String name) {
        RuleNode child = children.get(name);
        return child == null ? UNDECLARED : child;
    }

    /**
     * The node of field {@code name} when its value is neither an object nor an array: then only its own rule
     * matters, so under the many objects whose fields all merge by default no lookup is needed.
     */
    RuleNode valueChild(String name) {
        return rulesChildren ? child(name) : UNDECLARED;
    }
}
