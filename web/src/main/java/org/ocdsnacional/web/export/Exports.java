package org.ocdsnacional.web.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.PortalConfig;
import org.ocdsnacional.web.http.HeadRequests;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages;
import org.ocdsnacional.web.search.Search;
import org.ocdsnacional.web.search.SearchParams;
import org.ocdsnacional.web.search.SearchReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /exportar/procesos.csv}, {@code /exportar/procesos.jsonl} and {@code /exportar/paquete.json}: every
 * process of a search (the same parameters as {@code /buscar}), streamed page by page through the query layer's
 * cursors, at most {@link PortalConfig#exportLimit()} of them. Memory holds one page at a time, whatever the
 * number of processes. A search with more processes than the limit is cut there, and the response says so in the
 * header {@value #TRUNCATED}; its first page is read before anything is sent, so a bad parameter is a 400 page.
 */
public final class Exports {

    /** Set, with the limit, when the search has more processes than one download carries. */
    public static final String TRUNCATED = "X-Export-Truncated";
    private static final HeaderName TRUNCATED_HEADER = HeaderNames.create(TRUNCATED);
    private static final HeaderName TOTAL_HEADER = HeaderNames.create("X-Export-Total");
    /** Processes per page read: only the columns' fields of each, a few hundred bytes. */
    static final int PAGE = 2_000;
    /** Processes per page read with their compiled releases. */
    static final int COMPILED_PAGE = 100;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PortalBackend backend;
    private final PortalConfig config;
    private final ObjectMapper mapper;
    private final Pages pages;
    private final Clock clock;

    public Exports(PortalBackend backend, PortalConfig config, ObjectMapper mapper, Pages pages, Clock clock) {
        this.backend = backend;
        this.config = config;
        this.mapper = mapper;
        this.pages = pages;
        this.clock = clock;
    }

    /** What a download does with each process, and what it writes around them. */
    private interface Format {
        void begin(OutputStream out) throws IOException;

        void process(JsonNode process) throws IOException;

        void end() throws IOException;
    }

    public void csv(ServerRequest request, ServerResponse response) {
        stream(request, response, false, "text/csv; charset=UTF-8", "procesos.csv", new Format() {
            private Writer writer;

            @Override
            public void begin(OutputStream out) throws IOException {
                out.write(BOM);
                writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                Csv.row(writer, CsvColumns.headers());
            }

            @Override
            public void process(JsonNode process) throws IOException {
                Csv.row(writer, CsvColumns.row(process));
            }

            @Override
            public void end() throws IOException {
                writer.flush();
            }
        });
    }

    public void jsonLines(ServerRequest request, ServerResponse response) {
        stream(request, response, true, "application/x-ndjson; charset=UTF-8", "procesos.jsonl", new Format() {
            private OutputStream out;

            @Override
            public void begin(OutputStream stream) {
                out = stream;
            }

            @Override
            public void process(JsonNode process) throws IOException {
                out.write(mapper.writeValueAsBytes(process.path("compiledRelease")));
                out.write('\n');
            }

            @Override
            public void end() throws IOException {
                out.flush();
            }
        });
    }

    public void releasePackage(ServerRequest request, ServerResponse response) {
        Instant now = clock.instant();
        stream(request, response, true, "application/json; charset=UTF-8", "paquete.json", new Format() {
            private JsonGenerator json;

            @Override
            public void begin(OutputStream out) throws IOException {
                json = mapper.getFactory().createGenerator(out);
                json.writeStartObject();
                String base = base(request).toString();
                String query = request.query().rawValue();
                json.writeStringField("uri", base + request.path().rawPath() + (query.isEmpty() ? "" : "?" + query));
                json.writeStringField("version", "1.1");
                json.writeStringField("publishedDate", now.toString());
                json.writeObjectFieldStart("publisher");
                json.writeStringField("name", "ocds-nacional");
                json.writeStringField("uri", base + "/");
                json.writeEndObject();
                json.writeArrayFieldStart("releases");
            }

            @Override
            public void process(JsonNode process) throws IOException {
                json.writeTree(process.path("compiledRelease"));
            }

            @Override
            public void end() throws IOException {
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
            }
        });
    }

    private void stream(ServerRequest request, ServerResponse response, boolean compiled, String type, String file,
                        Format format) {
        List<String> fields = compiled ? List.of() : CsvColumns.fields();
        ProcessPage page;
        Search search;
        int size = compiled ? COMPILED_PAGE : PAGE;
        String client;
        try {
            PageContext context = pages.context(request, response, "buscar");
            client = context.client();
            search = SearchReader.read(SearchParams.of(request.query()).firstPageOnly(), backend.sources().get());
            page = backend.processes().download(query(search, size, compiled, Optional.empty()), fields, client);
        } catch (RuntimeException failure) {
            pages.fail(request, response, failure);
            return;
        }
        int limit = config.exportLimit();
        response.header(HeaderNames.CONTENT_TYPE, type)
                .header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .header(TOTAL_HEADER, String.valueOf(page.total()));
        if (page.total() > limit) {
            response.header(TRUNCATED_HEADER, String.valueOf(limit));
        }
        if (HeadRequests.isHead(request)) {
            response.send();
            return;
        }
        Optional<String> last = page.hits().isEmpty() ? Optional.empty()
                : Optional.of(page.hits().getLast().cursor());
        try (OutputStream out = response.outputStream()) {
            format.begin(out);
            int written = 0;
            while (true) {
                for (ProcessPage.Hit hit : page.hits()) {
                    if (written == limit) {
                        break;
                    }
                    format.process(hit.process());
                    written++;
                }
                if (written == limit || !page.hasNext()) {
                    break;
                }
                page = backend.processes().download(query(search, Math.min(size, limit - written), compiled,
                        last), fields, client);
                last = page.hits().isEmpty() ? last : Optional.of(page.hits().getLast().cursor());
            }
            format.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            end(search, compiled, last);
        }
    }

    /** Closes the download's own point in time as soon as it is done, whether complete, cut or abandoned. */
    private void end(Search search, boolean compiled, Optional<String> last) {
        last.ifPresent(cursor -> backend.processes().endDownload(query(search, 1, compiled, Optional.empty()), cursor));
    }

    /** The configured public URL, or {@code http://localhost:<the port the request came to>}; never its Host. */
    private URI base(ServerRequest request) {
        return config.publicUrl().orElseGet(() -> URI.create("http://localhost:"
                + ((InetSocketAddress) request.localPeer().address()).getPort()));
    }

    private static ProcessQuery query(Search search, int size, boolean compiled, Optional<String> after) {
        return new ProcessQuery(search.text(), search.filter(), search.order(), size, after, compiled, false);
    }
}
