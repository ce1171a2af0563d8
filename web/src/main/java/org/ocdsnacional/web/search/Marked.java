package org.ocdsnacional.web.search;

import org.ocdsnacional.indexer.query.ProcessPage;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the parts that match the search marked: the template writes each piece escaped, the matches inside
 * {@code <mark>}, so a text holding HTML still shows as text.
 */
public record Marked(List<Piece> pieces) {

    /** A run of text, matching the search or not. */
    public record Piece(String text, boolean match) {
    }

    public Marked {
        pieces = List.copyOf(pieces);
    }

    /** A text with nothing marked. */
    public static Marked plain(String text) {
        return new Marked(List.of(new Piece(text, false)));
    }

    /** A passage as the query layer highlights it, between {@link ProcessPage.Hit#MATCH_START} and its end. */
    public static Marked of(String passage) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (char c : passage.toCharArray()) {
            if (c == ProcessPage.Hit.MATCH_START || c == ProcessPage.Hit.MATCH_END) {
                flush(pieces, run, inMatch);
                inMatch = c == ProcessPage.Hit.MATCH_START;
            } else {
                run.append(c);
            }
        }
        flush(pieces, run, inMatch);
        return new Marked(pieces);
    }

    /** The text without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }

    private static void flush(List<Piece> pieces, StringBuilder run, boolean match) {
        if (!run.isEmpty()) {
            pieces.add(new Piece(run.toString(), match));
            run.setLength(0);
        }
    }
}
