package org.ocdsnacional.ocds.normalise;

import org.ocdsnacional.ocds.model.Release;

/** Puts one publisher's known quirks right in a release; returns the release itself when nothing changes. */
@FunctionalInterface
public interface ReleaseNormaliser {

    /** Changes nothing. */
    ReleaseNormaliser NONE = release -> release;

    Release normalise(Release release);

    /** This normaliser, then {@code next}. */
    default ReleaseNormaliser then(ReleaseNormaliser next) {
        return release -> next.normalise(normalise(release));
    }
}
