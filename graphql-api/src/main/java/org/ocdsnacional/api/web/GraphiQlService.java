package org.ocdsnacional.api.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code GET /graphiql}: our page that runs GraphiQL against {@code /graphql}. Its scripts and styles are the
 * GraphiQL and React webjars on the classpath, served under {@value #WEBJARS}; the page names their versions as
 * found in the webjars themselves, so a version bump in the build needs no change here.
 */
public final class GraphiQlService implements HttpService {

    /** Where the webjars' files are served. */
    public static final String WEBJARS = "/webjars";
    /** Where the webjars' files are on the classpath. */
    public static final String WEBJARS_CLASSPATH = "META-INF/resources/webjars";

    private static final String PAGE = "/graphiql/index.html";

    private final String page;

    private GraphiQlService(String page) {
        this.page = page;
    }

    public static GraphiQlService create() {
        String page = resource(PAGE)
                .replace("@WEBJARS@", WEBJARS)
                .replace("@GRAPHIQL@", webjarVersion("graphiql"))
                .replace("@REACT@", webjarVersion("react"))
                .replace("@REACT_DOM@", webjarVersion("react-dom"));
        return new GraphiQlService(page);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::page);
    }

    private void page(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(page);
    }

    private static String webjarVersion(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = open(path)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = GraphiQlService.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath; GraphiQL needs the graphiql, react and "
                    + "react-dom webjars");
        }
        return in;
    }
}
