package org.ocdsnacional.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The portal's addresses, each value encoded (an ocid or an organization id may hold any character). */
public final class Links {

    private Links() {
    }

    public static String process(String ocid) {
        return "/proceso/" + segment(ocid);
    }

    /** A process whose ocid has no registered prefix is only unique within its source. */
    public static String process(String ocid, Optional<String> source) {
        return process(ocid) + source.map(id -> "?fuente=" + query(id)).orElse("");
    }

    public static String organization(String id) {
        return "/organizacion/" + segment(id);
    }

    public static String source(String id) {
        return "/publicadores/" + segment(id);
    }

    /** A search by one parameter, e.g. {@code search("estado", "MX-JAL")}. */
    public static String search(String parameter, String value) {
        return "/buscar?" + parameter + "=" + query(value);
    }

    /** A value encoded for a query string. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value encoded as one path segment (a space is %20, a slash %2F). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
