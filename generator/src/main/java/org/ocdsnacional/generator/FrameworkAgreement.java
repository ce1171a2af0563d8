package org.ocdsnacional.generator;

import java.util.Locale;
import java.util.Optional;

/**
 * The framework agreement (contrato marco) a purchase is a call-off of: some direct purchases of common goods and
 * services are made from a framework agreement the state signed earlier with several suppliers. Published as a
 * related process ({@code relationship: framework}) identified by the agreement's ocid.
 *
 * @param ocid  the ocid of the process that established the agreement
 * @param title its title
 */
record FrameworkAgreement(String ocid, String title) {

    private static final double CALL_OFFS = 0.12;

    /** The agreement a process of this method and purchase is made under, if it is a call-off. */
    static Optional<FrameworkAgreement> draw(GeneratorSettings settings, ProcessHeader header, Method method,
                                             Purchase purchase, Draw draw) {
        if (method != Method.DIRECT || purchase.category().equals("works") || !draw.chance(CALL_OFFS)) {
            return Optional.empty();
        }
        int year = Math.max(settings.fromYear(), header.year() - draw.between(0, 1));
        String ocid = String.format(Locale.ROOT, "%s-%s-%d-CM-%s", settings.ocidPrefix(),
                header.state().abbreviation(), year, purchase.classification());
        return Optional.of(new FrameworkAgreement(ocid, "Contrato marco de " + purchase.object() + " "
                + year + " (" + header.state().name() + ")"));
    }
}
