package org.ocdsnacional.ocds.conformance;

/**
 * The result of one peer test case.
 *
 * @param suite  {@code ocds-merge}, {@code ocdskit compile} or {@code ocdskit detect-format}
 * @param name   the case, as the peer names it
 * @param status whether our result equals the peer's expected one, or why the case could not be run
 * @param detail what was expected and what came out, or why it could not be run; empty when it passed
 */
public record CaseResult(String suite, String name, Status status, String detail) {

    /** How a case went. */
    public enum Status {
        PASS, FAIL, NOT_RUN
    }

    /** Whether it ran and passed. */
    public boolean passed() {
        return status == Status.PASS;
    }

    static CaseResult pass(String suite, String name) {
        return new CaseResult(suite, name, Status.PASS, "");
    }

    static CaseResult fail(String suite, String name, String detail) {
        return new CaseResult(suite, name, Status.FAIL, detail);
    }

    static CaseResult notRun(String suite, String name, String reason) {
        return new CaseResult(suite, name, Status.NOT_RUN, reason);
    }
}
