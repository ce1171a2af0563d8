package org.ocdsnacional.indexer.query;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key a caller is counted under (its budget in the API, its points in time in {@link ProcessSearch}, whether it
 * asks through the API or the portal): its IPv4 address, or the /64 network of its IPv6 address. A subscriber is usually
 * given a whole /64 and can pick any address in it, so keying by the whole address would give it a fresh budget per
 * request. Bearer tokens are not keys (yet): without registered API keys any client could send a fresh random token
 * with every request and so a fresh budget each time.
 */
public final class ClientKeys {

    private static final int NETWORK_BYTES = 8;

    private ClientKeys() {
    }

    public static String of(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return "address:" + key(inet.getAddress());
        }
        return "address:" + remote;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address v6 && !isIpv4Mapped(v6.getAddress())) {
            byte[] network = Arrays.copyOf(v6.getAddress(), 16);
            Arrays.fill(network, NETWORK_BYTES, network.length, (byte) 0);
            return numeric(network).getHostAddress() + "/64";
        }
        byte[] bytes = address.getAddress();
        return numeric(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)).getHostAddress();
    }

    /** {@code ::ffff:a.b.c.d}: an IPv4 client seen through an IPv6 socket. */
    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static InetAddress numeric(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
