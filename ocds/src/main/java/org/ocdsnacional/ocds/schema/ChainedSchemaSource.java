package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Asks its sources in order and gives the first text one has: the files shipped with the application, then the
 * offline mirror if one is configured, then HTTP (with its disk cache) for what nobody shipped. A source that
 * does not have the URL (any {@link IOException}) passes it on; a {@link SchemaNotFoundException} (the file is
 * known not to exist) ends the search. When no source has it, the last one's failure is thrown, the others'
 * attached as suppressed.
 */
public final class ChainedSchemaSource implements SchemaSource {

    private final List<SchemaSource> sources;

    private ChainedSchemaSource(List<SchemaSource> sources) {
        this.sources = sources;
    }

    /** A chain of {@code sources}, asked in this order; at least one. */
    public static ChainedSchemaSource of(List<SchemaSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A chain needs at least one schema source");
        }
        return new ChainedSchemaSource(List.copyOf(sources));
    }

    @Override
    public String read(URI url) throws IOException {
        IOException failure = null;
        for (SchemaSource source : sources) {
            try {
                return source.read(url);
            } catch (SchemaNotFoundException notFound) {
                throw withEarlier(notFound, failure);
            } catch (IOException e) {
                failure = withEarlier(e, failure);
            }
        }
        throw failure;
    }

    private static <E extends IOException> E withEarlier(E last, IOException earlier) {
        if (earlier != null) {
            last.addSuppressed(earlier);
        }
        return last;
    }

    @Override
    public String toString() {
        return "ChainedSchemaSource" + sources;
    }
}
