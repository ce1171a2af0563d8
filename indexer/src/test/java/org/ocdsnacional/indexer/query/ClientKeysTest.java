package org.ocdsnacional.indexer.query;

import org.junit.jupiter.api.Test;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ClientKeysTest {

    @Test
    void anIpv6ClientIsItsSlash64() throws UnknownHostException {
        String one = key("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertEquals("address:2001:db8:1:2:0:0:0:0/64", one);
        assertEquals(one, key("2001:db8:1:2::1"), "any address of the same /64 is the same client");
        assertNotEquals(one, key("2001:db8:1:3::1"), "another /64 is another client");
    }

    @Test
    void anIpv4ClientIsItsAddressHoweverItArrives() throws UnknownHostException {
        assertEquals("address:203.0.113.7", key("203.0.113.7"));
        assertNotEquals(key("203.0.113.7"), key("203.0.113.8"));
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 203, 0, 113, 7};
        assertEquals("address:203.0.113.7", ClientKeys.of(new InetSocketAddress(
                Inet6Address.getByAddress(null, mapped, -1), 443)), "seen through an IPv6 socket");
    }

    private static String key(String address) throws UnknownHostException {
        return ClientKeys.of(new InetSocketAddress(InetAddress.getByName(address), 443));
    }
}
