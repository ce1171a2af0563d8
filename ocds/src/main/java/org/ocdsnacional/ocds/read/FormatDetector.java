package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Tells what a document holds exactly as ocdskit's {@code detect-format} does: it streams the events of the value at
 * {@code rootPath} (an ijson path such as {@code records.item}) and decides from the fields it meets, in order:
 * {@code records} → record package; {@code releases} and {@code ocid} → record; {@code releases} → release package;
 * a {@code tag} holding "compiled" → compiled release; a {@code tag} → release; an {@code ocid} → versioned release;
 * four of {@code publishedDate}, {@code publisher.name}, {@code uri}, {@code version} → empty package. Another
 * top-level value after the first makes it concatenated JSON. Reads plain, GZIP and ZIP files (the first entry).
 */
public final class FormatDetector {

    private static final Set<JsonToken> CLOSERS = Set.of(JsonToken.END_ARRAY, JsonToken.END_OBJECT,
            JsonToken.FIELD_NAME);
    private static final int METADATA_FOR_EMPTY_PACKAGE = 4;

    private final JsonFactory factory;

    private FormatDetector(JsonFactory factory) {
        this.factory = factory;
    }

    public static FormatDetector create(JsonFactory factory) {
        return new FormatDetector(factory);
    }

    /** The format of the whole document. */
    public DetectedFormat detect(Path file) throws IOException, UnknownFormatException {
        return detect(file, "");
    }

    /** The format of the value at {@code rootPath} ({@code ""} for the document, {@code records.item}...). */
    public DetectedFormat detect(Path file, String rootPath) throws IOException, UnknownFormatException {
        Containers.Opened opened = Containers.open(file);
        try {
            if (opened.documents().isEmpty()) {
                throw new UnknownFormatException("the archive holds no data file");
            }
            DocumentSource first = opened.documents().getFirst();
            try {
                return detect(first, rootPath, Decoding.BYTES);
            } catch (JsonProcessingException e) {
                if (!Decoding.notUtf8(e)) {
                    throw e;
                }
                return detect(first, rootPath, Decoding.TEXT);
            }
        } finally {
            closeQuietly(opened.resources());
        }
    }

    private DetectedFormat detect(DocumentSource source, String rootPath, Decoding decoding)
            throws IOException, UnknownFormatException {
        try (JsonParser p = decoding.parser(factory, source.open(), offset -> { })) {
            Events events = new Events(p, depth(rootPath) + 3);
            while (events.next()) {
                if (events.prefix().equals(rootPath)) {
                    return formatOfValue(events, rootPath);
                }
            }
            throw new UnknownFormatException("no JSON value at " + (rootPath.isEmpty() ? "the top level" : rootPath));
        }
    }

    private static DetectedFormat formatOfValue(Events events, String rootPath)
            throws IOException, UnknownFormatException {
        JsonToken first = events.token();
        String prefix = rootPath.isEmpty() ? "" : rootPath + ".";
        boolean array = first == JsonToken.START_ARRAY;
        if (array) {
            prefix += "item.";
        } else if (first != JsonToken.START_OBJECT) {
            throw new UnknownFormatException("top-level JSON value is a " + Tokens.kind(first));
        }
        Flags flags = new Flags(prefix);
        while (events.next()) {
            flags.see(events.prefix(), events.token(), events.parser());
            if (events.prefix().isEmpty() && !CLOSERS.contains(events.token())) {
                return flags.result(true, array);
            }
        }
        return flags.result(false, array);
    }

    private static int depth(String rootPath) {
        return rootPath.isEmpty() ? 0 : rootPath.split("\\.").length;
    }

    private static void closeQuietly(AutoCloseable resources) throws IOException {
        try {
            resources.close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** What the fields met so far say. */
    private static final class Flags {
        private final String records;
        private final String releases;
        private final String ocid;
        private final String tagItem;
        private final Set<String> metadata;
        private boolean hasRecords;
        private boolean hasReleases;
        private boolean hasOcid;
        private boolean hasTag;
        private boolean compiled;
        private int metadataCount;

        Flags(String prefix) {
            records = prefix + "records";
            releases = prefix + "releases";
            ocid = prefix + "ocid";
            tagItem = prefix + "tag.item";
            metadata = Set.of(prefix + "publishedDate", prefix + "publisher.name", prefix + "uri", prefix + "version");
        }

        void see(String prefix, JsonToken token, JsonParser p) throws IOException {
            if (prefix.equals(records)) {
                hasRecords = true;
            } else if (prefix.equals(releases)) {
                hasReleases = true;
            } else if (prefix.equals(ocid)) {
                hasOcid = true;
            } else if (prefix.equals(tagItem)) {
                hasTag = true;
                compiled |= token == JsonToken.VALUE_STRING && "compiled".equals(p.getText());
            } else if (metadata.contains(prefix) && !CLOSERS.contains(token)) {
                metadataCount++;
            }
        }

        DetectedFormat result(boolean concatenated, boolean array) throws UnknownFormatException {
            return new DetectedFormat(format(array), concatenated, array);
        }

        private OcdsFormat format(boolean array) throws UnknownFormatException {
            if (hasRecords) {
                return OcdsFormat.RECORD_PACKAGE;
            }
            if (hasReleases) {
                return hasOcid ? OcdsFormat.RECORD : OcdsFormat.RELEASE_PACKAGE;
            }
            if (compiled) {
                return OcdsFormat.COMPILED_RELEASE;
            }
            if (hasTag) {
                return OcdsFormat.RELEASE;
            }
            if (hasOcid) {
                return OcdsFormat.VERSIONED_RELEASE;
            }
            if (metadataCount >= METADATA_FOR_EMPTY_PACKAGE) {
                return OcdsFormat.EMPTY_PACKAGE;
            }
            throw new UnknownFormatException("top-level JSON value is a non-OCDS " + (array ? "array" : "object"));
        }
    }

    /**
     * JSON tokens with their ijson prefix ({@code releases.item.tag}): the prefix of a value, of the map that holds a
     * key, or of the container that starts or ends. Prefixes deeper than needed are not built.
     */
    private static final class Events {

        private final JsonParser p;
        private final int maxDepth;
        private final Deque<Container> open = new ArrayDeque<>();
        private JsonToken token;
        private String prefix;

        Events(JsonParser p, int maxDepth) {
            this.p = p;
            this.maxDepth = maxDepth;
        }

        boolean next() throws IOException {
            token = p.nextToken();
            if (token == null) {
                return false;
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    prefix = valuePrefix();
                    open.push(new Container(prefix, token == JsonToken.START_ARRAY, isDeep()));
                }
                case END_OBJECT, END_ARRAY -> prefix = open.pop().prefix;
                case FIELD_NAME -> {
                    Container map = open.peek();
                    map.key = p.currentName();
                    prefix = map.prefix;
                }
                default -> prefix = valuePrefix();
            }
            return true;
        }

        JsonToken token() {
            return token;
        }

        String prefix() {
            return prefix;
        }

        JsonParser parser() {
            return p;
        }

        /** The prefix of a value at the current place; deeper than any prefix of interest, a placeholder. */
        private String valuePrefix() {
            Container parent = open.peek();
            if (parent == null) {
                return "";
            }
            if (isDeep()) {
                return "…";
            }
            String segment = parent.array ? "item" : parent.key;
            return parent.prefix.isEmpty() ? segment : parent.prefix + "." + segment;
        }

        private boolean isDeep() {
            return open.size() > maxDepth || !open.isEmpty() && open.peek().deep;
        }

        /** An open object or array. */
        private static final class Container {
            final String prefix;
            final boolean array;
            final boolean deep;
            String key;

            Container(String prefix, boolean array, boolean deep) {
                this.prefix = prefix;
                this.array = array;
                this.deep = deep;
            }
        }
    }
}
