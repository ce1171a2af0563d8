package org.ocdsnacional.analytics.flag;

import java.util.List;
import java.util.Objects;

/**
 * A flag raised on a process or an organization: a reason to look, never a verdict.
 *
 * @param code     which flag
 * @param value    the flag's output, always a decimal (Cardinal's convention: 1.0 when there is nothing to measure)
 * @param evidence the fields and values that raised it
 */
public record Flag(FlagCode code, double value, List<Evidence> evidence) {

    public Flag {
        Objects.requireNonNull(code, "code");
        evidence = List.copyOf(evidence);
    }

    public String nameEs() {
        return code.nameEs();
    }

    public String nameEn() {
        return code.nameEn();
    }
}
