package org.ocdsnacional.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** A name for this running process, unique across machines and restarts: host, process id and a random part. */
final class InstanceName {

    private InstanceName() {
    }

    static String create() {
        return host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
