package org.ocdsnacional.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx (a child process) in front of API instances, configured from {@code deploy/nginx.conf}: its upstream
 * (one {@code server} line per instance instead of Compose's {@code api}, same {@code max_fails}, keep-alive and
 * fail-over) and its {@code location}, without the per-client rate limit (every client of the benchmark has one
 * address, and the limit would answer most of them 429).
 */
final class NginxProxy implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final URI uri;

    private NginxProxy(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts nginx in {@code folder} in front of {@code instances}, with {@code deploy/nginx.conf} read from it. */
    static NginxProxy start(Path deployConf, List<URI> instances, Path folder) throws IOException,
            InterruptedException {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("This benchmark needs nginx as the proxy: apt-get install nginx");
        }
        Files.createDirectories(folder.resolve("logs"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String servers = instances.stream().map(instance -> "    server 127.0.0.1:" + instance.getPort()
                + " max_fails=3 fail_timeout=10s;").collect(Collectors.joining("\n"));
        String deployed = Files.readString(deployConf)
                .replaceAll("(?m)^\\s*server api:8080[^\\n]*$", servers)
                .replaceAll("(?m)^\\s*limit_req[^\\n]*$\\n", "")
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        Path conf = Files.writeString(folder.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(folder.toAbsolutePath(), deployed));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", folder.toAbsolutePath().toString(), "-c",
                conf.toAbsolutePath().toString(), "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs/nginx.out").toFile()).start();
        awaitListening(port, process);
        return new NginxProxy(process, URI.create("http://127.0.0.1:" + port));
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void awaitListening(int port, Process process) throws InterruptedException, IOException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at start; its log: logs/nginx.out, logs/error.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }
}
