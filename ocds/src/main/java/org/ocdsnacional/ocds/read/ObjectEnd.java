package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a JSON object ends, found in its bytes from its opening brace by counting braces and brackets outside
 * strings, without checking anything else (the tree builder checks it all). Reads ahead of the parser as far as
 * the object goes; gives up on objects longer than a limit and at the end of the input (a malformed object then
 * reaches Jackson's parser, which says where it breaks).
 *
 * @param end          offset just after the closing brace
 * @param newlines     how many line feeds lie between the braces
 * @param lastNewline  offset of the last of them, -1 if none
 */
record ObjectEnd(long end, int newlines, long lastNewline) {

    private static final int CHUNK = 1 << 16;

    /** The end of the object whose opening brace is at {@code start}, if found within {@code most} bytes. */
    static Optional<ObjectEnd> find(RecentBytes input, long start, long most) throws IOException {
        Scan scan = new Scan(start + 1);
        while (!scan.through(input.bytes(), input.index(scan.at), input.index(input.keptEnd()))) {
            long kept = input.keptEnd();
            if (kept - start > most || !input.readAhead(kept + CHUNK - 1) && input.keptEnd() == kept) {
                return Optional.empty();
            }
        }
        return Optional.of(new ObjectEnd(scan.at, scan.newlines, scan.lastNewline));
    }

    /** How far the scan got, and what it is in there. */
    private static final class Scan {
        long at;
        int depth = 1;
        boolean inString;
        int newlines;
        long lastNewline = -1;

        Scan(long at) {
            this.at = at;
        }

        /** Scans {@code bytes[from..to)}; true at the closing brace (then {@link #at} is just after it). */
        boolean through(byte[] bytes, int from, int to) {
            int i = from;
            while (i < to) {
                if (inString) {
                    i = ByteWords.quoteOrBackslash(bytes, i, to);
                    if (i == to) {
                        break;
                    }
                    if (bytes[i] == '\\') {
                        if (i + 1 == to) {
                            break;
                        }
                        i += 2;
                        continue;
                    }
                    inString = false;
                    i++;
                    continue;
                }
                byte b = bytes[i++];
                switch (b) {
                    case '"' -> inString = true;
                    case '{', '[' -> depth++;
                    case '}', ']' -> {
                        if (--depth == 0) {
                            at += i - from;
                            return true;
                        }
                    }
                    case '\n' -> {
                        newlines++;
                        lastNewline = at + (i - 1 - from);
                    }
                    default -> {
                        // anything else is inside a value or white space
                    }
                }
            }
            at += i - from;
            return false;
        }
    }
}
