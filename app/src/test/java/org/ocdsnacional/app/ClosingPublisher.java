package org.ocdsnacional.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher as simple state platforms run them: a real socket server speaking HTTP/1.0, one answer per connection,
 * closed after it without saying so. Counts the requests it answers.
 */
final class ClosingPublisher implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    ClosingPublisher() throws IOException {
        Thread acceptor = new Thread(this::serve, "closing-publisher");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void answer(String path, String body) {
        bodies.put(path, body);
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int requests() {
        return requests.get();
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
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            // headers ignored
        }
        if (requestLine == null) {
            return;
        }
        requests.incrementAndGet();
        String body = bodies.get(requestLine.split(" ")[1]);
        byte[] bytes = (body == null ? "{\"message\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
        String head = (body == null ? "HTTP/1.0 404 Not Found" : "HTTP/1.0 200 OK")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        OutputStream out = connection.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
