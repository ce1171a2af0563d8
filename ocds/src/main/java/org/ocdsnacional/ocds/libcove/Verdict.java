package org.ocdsnacional.ocds.libcove;

/** How one peer case came out. */
public enum Verdict {
    /** We find what the peer finds. */
    AGREE,
    /** We differ on purpose, for the reason given (e.g. a package without version is 1.0, as the standard says). */
    DIFFERS_BY_DESIGN,
    /** The case needs files from the network that the offline mirror does not have. */
    NEEDS_NETWORK,
    /** The case's fixture is not in the shared snapshot. */
    FIXTURE_MISSING,
    /** We find something else. */
    DISAGREE
}
