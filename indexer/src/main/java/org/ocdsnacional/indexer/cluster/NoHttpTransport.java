package org.ocdsnacional.indexer.cluster;

import org.opensearch.common.lifecycle.AbstractLifecycleComponent;
import org.opensearch.core.common.transport.BoundTransportAddress;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpInfo;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.http.HttpStats;

import java.net.InetAddress;

/**
 * The embedded node's HTTP transport when it serves no HTTP: it listens on nothing. The application asks the node
 * in-process ({@link InProcessRestPlugin}), and a port on loopback without authentication would let any local process
 * read and change every index. The node reports port 0 as its HTTP address.
 */
final class NoHttpTransport extends AbstractLifecycleComponent implements HttpServerTransport {

    /** The {@code http.type} of this transport. */
    static final String TYPE = "ocds-nacional-no-http";

    private static final TransportAddress NOWHERE = new TransportAddress(InetAddress.getLoopbackAddress(), 0);
    private static final BoundTransportAddress UNBOUND = new BoundTransportAddress(new TransportAddress[]{NOWHERE},
            NOWHERE);

    @Override
    protected void doStart() {
        // nothing to listen on
    }

    @Override
    protected void doStop() {
        // nothing to stop
    }

    @Override
    protected void doClose() {
        // nothing to release
    }

    @Override
    public BoundTransportAddress boundAddress() {
        return UNBOUND;
    }

    @Override
    public HttpInfo info() {
        return new HttpInfo(UNBOUND, 0);
    }

    @Override
    public HttpStats stats() {
        return new HttpStats(0, 0);
    }
}
