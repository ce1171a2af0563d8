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

    RuleNode(MergeRule rule, Map<String, RuleNode> children) {
        this.rule = rule;
        this.children = children;
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

    RuleNode child(String name) {
        RuleNode child = children.get(name);
        return child == null ? UNDECLARED : child;
    }
}
