package org.ocdsnacional.indexer.query;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs what the server hands out to be handed back unread (cursors), so that what comes back is known to be what
 * it issued: {@code payload.tag} in base64url, the tag an HMAC-SHA256 of the payload. A changed or made-up cursor is
 * refused before anything is asked of OpenSearch.
 */
final class CursorSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    private CursorSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A seal keyed by {@code secret}, or by random bytes when there is none (then only this process opens it). */
    static CursorSeal of(Optional<String> secret) {
        return new CursorSeal(secret.map(CursorSeal::derive).orElseGet(CursorSeal::randomKey));
    }

    String seal(byte[] payload) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(payload));
    }

    /** The payload of a text this seal sealed; empty for anything else. */
    Optional<byte[]> open(String sealed) {
        int dot = sealed.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(sealed.substring(0, dot));
            byte[] tag = DECODER.decode(sealed.substring(dot + 1));
            return MessageDigest.isEqual(tag(payload), tag) ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }

    private static byte[] derive(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
