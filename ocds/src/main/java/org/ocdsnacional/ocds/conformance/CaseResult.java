package org.ocdsnacional.ocds.conformance;

/**
 * The result of one peer test case.
 *
 * @param suite  {@code ocds-merge} or {@code ocdskit detect-format}
 * @param name   the case, as the peer names it
 * @param passed whether our result equals the peer's expected one
 * @param detail what was expected and what came out, when they differ; empty otherwise
 */
public record CaseResult(String suite, String name, boolean passed, String detail) {

    static CaseResult pass(String suite, String name) {
        return new CaseResult(suite, name, true, "");
    }

    static CaseResult fail(String suite, String name, String detail) {
        return new CaseResult(suite, name, false, detail);
    }
}
