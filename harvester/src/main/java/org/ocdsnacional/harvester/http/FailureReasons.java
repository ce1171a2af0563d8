package org.ocdsnacional.harvester.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Turns what went wrong on the wire into a reason a publisher can read (Spanish / English). */
final class FailureReasons {

    private static final int SNIPPET_CHARS = 200;

    private FailureReasons() {
    }

    static String of(IOException e) {
        return switch (e) {
            case UnknownHostException u -> "No se encontró el servidor / Unknown host: " + u.getMessage();
            case ConnectException c -> "No se pudo conectar / Could not connect: " + c.getMessage();
            case NoRouteToHostException n -> "No se pudo conectar / Could not connect: " + n.getMessage();
            case InterruptedIOException t -> "Tiempo de espera agotado / Timed out: " + t.getMessage();
            case SSLException s -> "Error de TLS / TLS error: " + s.getMessage();
            case NoSuchFileException f -> "No existe el archivo / No such file: " + f.getMessage();
            default -> "Error de entrada/salida / I/O error: " + e;
        };
    }

    /** The status, and the start of the body when there is one to quote (redacted). */
    static String status(int code, String bodyStart) {
        String reason = "El servidor respondió HTTP " + code + " / The server answered HTTP " + code;
        String snippet = snippet(bodyStart, SNIPPET_CHARS);
        return snippet.isEmpty() ? reason : reason + ": " + snippet;
    }

    /** At most {@code chars} of {@code text} on one line, credentials redacted; "…" when cut. */
    static String snippet(String text, int chars) {
        String line = Redaction.text(text.replaceAll("\\s+", " ").strip());
        return line.length() > chars ? line.substring(0, chars) + "…" : line;
    }

    static String tooLarge(long limit) {
        return "La respuesta supera el límite de " + limit + " bytes / The response exceeds the limit of "
                + limit + " bytes (http.maxBodyBytes)";
    }

    static String tooSlow(long bytes, Duration over, long minimum) {
        return "La respuesta llegó más lenta que el mínimo de " + minimum + " bytes/s (" + bytes + " bytes en "
                + over.toSeconds() + " s) / The response came slower than the minimum of " + minimum + " bytes/s ("
                + bytes + " bytes in " + over.toSeconds() + " s; http.minTransferRate)";
    }

    static String unsupported(String scheme) {
        return "Esquema de URL no admitido / Unsupported URL scheme: " + scheme + " (http, https, file)";
    }

    static String privateAddress(URI url, InetAddress address) {
        return "No se sigue una dirección local o privada (" + address.getHostAddress() + ") / Refused a loopback "
                + "or private address (" + address.getHostAddress() + ") for " + url.getHost()
                + " (http.allowPrivateAddresses)";
    }

    static String tooManyRedirects(int limit) {
        return "Demasiadas redirecciones (más de " + limit + ") / Too many redirects (more than " + limit
                + "; http.maxRedirects)";
    }

    static String redirectLoop(URI target) {
        return "Bucle de redirecciones / Redirect loop: back to " + target;
    }

    static String badRedirect(String location) {
        return "Redirección no válida / Invalid redirect: Location \"" + location + "\"";
    }

    static String waitTooLong(Duration wait, Duration limit) {
        return "El servidor pide esperar " + wait.toSeconds() + " s, más que el máximo de " + limit.toSeconds()
                + " s / The server asks to wait " + wait.toSeconds() + " s, longer than the maximum of "
                + limit.toSeconds() + " s (http.maxRetryDelay)";
    }

    static String interrupted() {
        return "La cosecha fue interrumpida / The harvest was interrupted";
    }
}
