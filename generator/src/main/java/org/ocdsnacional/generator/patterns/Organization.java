package org.ocdsnacional.generator.patterns;

/**
 * An organization of the planted processes: its party id, its name and its RFC (a company's, twelve characters,
 * its date of incorporation in it).
 */
record Organization(String id, String name, String rfc) {

    /** A company incorporated on {@code yymmdd}, the {@code index}-th of its kind ({@code prefix}: three letters). */
    static Organization company(String prefix, String yymmdd, int index, String name) {
        String homoclave = Integer.toString(index, 36).toUpperCase(java.util.Locale.ROOT);
        homoclave = "000".substring(homoclave.length()) + homoclave;
        String rfc = prefix + yymmdd + homoclave;
        return new Organization("MX-RFC-" + rfc, name, rfc);
    }
}
