package org.ocdsnacional.indexer.cluster;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * TLS that trusts the certificate authority of a PEM file (and only it): the cluster's certificates must be signed
 * by it and name the host they are reached at.
 */
final class TrustedAuthority {

    private TrustedAuthority() {
    }

    /** A TLS context trusting the certificates in {@code pemFile}. */
    static SSLContext sslContext(Path pemFile) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates(pemFile)) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(pemFile, e.getMessage());
        }
    }

    private static Collection<? extends Certificate> certificates(Path pemFile)
            throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw unreadable(pemFile, "no certificate in it");
            }
            return certificates;
        }
    }

    private static ClusterException unreadable(Path pemFile, String detail) {
        return new ClusterException("No se pudo leer el certificado de la autoridad (opensearch.tls.ca) / Could not"
                + " read the certificate authority (opensearch.tls.ca) " + pemFile.toAbsolutePath()
                + ": " + detail + ". Expected a PEM file (-----BEGIN CERTIFICATE-----).");
    }
}
