/**
 * Normalisers for known publisher quirks, applied to each release before it is hashed and validated: keys that a
 * tool renamed mapped back to OCDS, values of the wrong type put right. Every normaliser copies a release before
 * changing it and returns the same object when there is nothing to change; unknown keys are kept, never dropped.
 */
package org.ocdsnacional.ocds.normalise;
