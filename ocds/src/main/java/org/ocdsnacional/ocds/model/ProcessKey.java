package org.ocdsnacional.ocds.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of one contracting process across all sources.
 *
 * <p>An ocid with a registered-style prefix ({@code ocds-xxxxxx-}) is global: the key is the ocid with its
 * prefix in lower case (CDMX publishes {@code OCDS-87SD3T-…}), so every source that publishes the process
 * contributes to one document. Any other ocid ({@code "10"}, {@code "PC-0001"}) is only unique within its
 * publisher, so the key is {@code sourceId/ocid}.
 */
public final class ProcessKey {

    private static final Pattern REGISTERED_PREFIX = Pattern.compile("(?i)^ocds-[a-z0-9]{6}-");

    private ProcessKey() {
    }

    public static String of(String sourceId, String ocid) {
        var prefix = REGISTERED_PREFIX.matcher(ocid);
        if (prefix.find()) {
            return prefix.group().toLowerCase(Locale.ROOT) + ocid.substring(prefix.end());
        }
        return sourceId + "/" + ocid;
    }

    /** Whether the ocid carries a registered-style prefix. */
    public static boolean isGlobal(String ocid) {
        return REGISTERED_PREFIX.matcher(ocid).find();
    }
}
