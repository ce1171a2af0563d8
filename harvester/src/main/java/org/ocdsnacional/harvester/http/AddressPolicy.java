package org.ocdsnacional.harvester.http;

import okhttp3.Dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a source's requests may go. Hosts written in the registry are trusted as they are; any other host (reached
 * by a redirect or a link inside a document) must resolve to public addresses only, unless the source allows
 * private ones. This keeps a publisher from steering the harvester to loopback, the local network or cloud
 * metadata addresses.
 */
final class AddressPolicy {

    private final Set<String> trustedAuthorities;
    private final Set<String> trustedHosts;
    private final boolean allowPrivate;

    private AddressPolicy(Set<String> trustedAuthorities, boolean allowPrivate) {
        this.trustedAuthorities = trustedAuthorities.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.trustedHosts = this.trustedAuthorities.stream().map(AddressPolicy::hostOf)
                .collect(Collectors.toUnmodifiableSet());
        this.allowPrivate = allowPrivate;
    }

    static AddressPolicy of(FetchContext context) {
        return new AddressPolicy(context.trustedAuthorities(), context.options().allowPrivateAddresses());
    }

    /** {@code host:port} of an http(s) URL, the port made explicit. */
    static String authority(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equals("https") ? 443 : 80;
        return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** Refuses {@code url} when its host is not trusted and resolves to a loopback or private address. */
    void check(URI url) throws FetchException {
        if (allowPrivate || trustedAuthorities.contains(authority(url))) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    throw FetchException.refused(url, FailureReasons.privateAddress(url, address));
                }
            }
        } catch (UnknownHostException unknown) {
            // not ours to judge: the request itself reports the unknown host
        }
    }

    /** The same rule at connection time, so that a name cannot resolve differently after {@link #check}. */
    Dns dns() {
        return hostname -> {
            List<InetAddress> all = Dns.SYSTEM.lookup(hostname);
            if (allowPrivate || trustedHosts.contains(hostname.toLowerCase(Locale.ROOT))) {
                return all;
            }
            List<InetAddress> publicOnly = all.stream().filter(address -> !isPrivate(address)).toList();
            if (publicOnly.isEmpty()) {
                throw new UnknownHostException(hostname + " resolves only to private addresses");
            }
            return publicOnly;
        };
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private static String hostOf(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
