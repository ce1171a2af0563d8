package org.ocdsnacional.harvester.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A publisher as simple state platforms run them: a real socket server that answers one request per connection and
 * closes it, either speaking HTTP/1.0 (no keep-alive, and no word about it) or saying {@code Connection: close}.
 */
public final class ClosingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean http10;
    private final Function<String, String> bodies;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private ClosingServer(boolean http10, Function<String, String> bodies) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.http10 = http10;
        this.bodies = bodies;
        this.acceptor = new Thread(this::serve, "closing-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that speaks HTTP/1.0 and closes each connection after its answer. */
    public static ClosingServer http10(Function<String, String> bodies) throws IOException {
        return new ClosingServer(true, bodies);
    }

    /** A server that speaks HTTP/1.1 but answers {@code Connection: close} and closes. */
    public static ClosingServer connectionClose(Function<String, String> bodies) throws IOException {
        return new ClosingServer(false, bodies);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** The request lines received ({@code GET /x HTTP/1.1}), in order. */
    public List<String> requestLines() {
        return requestLines;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                answer(connection);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a client that went away: next connection
            }
        }
    }

    private void answer(Socket connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        if (requestLine == null) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            // headers ignored
        }
        requestLines.add(requestLine);
        byte[] body = bodies.apply(requestLine.split(" ")[1]).getBytes(StandardCharsets.UTF_8);
        String head = (http10 ? "HTTP/1.0 200 OK\r\n" : "HTTP/1.1 200 OK\r\nConnection: close\r\n")
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        OutputStream out = connection.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
