package org.ocdsnacional.harvester.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
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

    static String status(int code, String bodyStart) {
        String reason = "El servidor respondió HTTP " + code + " / The server answered HTTP " + code;
        String snippet = bodyStart.replaceAll("\\s+", " ").strip();
        if (snippet.isEmpty()) {
            return reason;
        }
        boolean cut = snippet.length() > SNIPPET_CHARS;
        return reason + ": " + (cut ? snippet.substring(0, SNIPPET_CHARS) + "…" : snippet);
    }

    static String tooLarge(long limit) {
        return "La respuesta supera el límite de " + limit + " bytes / The response exceeds the limit of "
                + limit + " bytes (http.maxBodyBytes)";
    }

    static String unsupported(String scheme) {
        return "Esquema de URL no admitido / Unsupported URL scheme: " + scheme + " (http, https, file)";
    }
}
