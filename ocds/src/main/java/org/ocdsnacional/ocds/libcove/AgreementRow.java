package org.ocdsnacional.ocds.libcove;

/**
 * One peer case: what the peer expects, what we find, and the verdict.
 *
 * @param section  the section of expected.json (schema_validation, codelists, …)
 * @param name     the case: its fixture, or its input
 * @param expected what lib-cove-ocds finds, briefly
 * @param ours     what we find, in the same terms
 * @param verdict  how they compare
 * @param note     why, when the verdict is not plain agreement
 */
public record AgreementRow(String section, String name, String expected, String ours, Verdict verdict, String note) {

    static AgreementRow compare(String section, String name, String expected, String ours) {
        return new AgreementRow(section, name, expected, ours, expected.equals(ours) ? Verdict.AGREE : Verdict.DISAGREE,
                "");
    }

    /** This row, with {@code verdict} and its reason. */
    AgreementRow because(Verdict verdict, String note) {
        return new AgreementRow(section, name, expected, ours, verdict, note);
    }
}
