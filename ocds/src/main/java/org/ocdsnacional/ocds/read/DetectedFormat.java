package org.ocdsnacional.ocds.read;

/**
 * What a document holds, as ocdskit's {@code detect-format} says it.
 *
 * @param format       the shape of the (first) value
 * @param concatenated whether other JSON values follow the first (concatenated JSON, JSON Lines)
 * @param array        whether the value is a JSON array of such shapes
 */
public record DetectedFormat(OcdsFormat format, boolean concatenated, boolean array) {

    /** ocdskit's sentence: {@code concatenated JSON, starting with a JSON array of release packages}. */
    public String describe() {
        String text = array ? "a JSON array of " + format.label() + "s" : format.label();
        return concatenated ? "concatenated JSON, starting with " + text : text;
    }
}
