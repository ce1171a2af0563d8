package org.ocdsnacional.api;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The key of a caller's budget: its address. Bearer tokens are not keys (yet): without registered API keys any
 * client could send a fresh random token with every request and so a fresh budget each time.
 */
final class ClientKeys {

    private ClientKeys() {
    }

    static String of(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return "address:" + inet.getAddress().getHostAddress();
        }
        return "address:" + remote;
    }
}
