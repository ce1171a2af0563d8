package org.ocdsnacional.api;

import org.ocdsnacional.api.admin.Credentials;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of a caller's budget: its bearer token (hashed, never kept) when it sends one, else its address. */
final class ClientKeys {

    private ClientKeys() {
    }

    static String of(Credentials credentials, SocketAddress remote) {
        return credentials.bearerToken().map(ClientKeys::tokenKey).orElseGet(() -> addressKey(remote));
    }

    private static String tokenKey(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "token:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static String addressKey(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return "address:" + inet.getAddress().getHostAddress();
        }
        return "address:" + remote;
    }
}
