package org.ocdsnacional.ocds.validate;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An issue's message, in Spanish and in English, composed the first time it is read: validation finds thousands
 * of issues per second, and most are only counted. Thread-safe (composing twice gives the same text).
 */
public final class IssueMessage {

    private final Supplier<Texts> compose;
    private volatile Texts texts;

    private IssueMessage(Supplier<Texts> compose) {
        this.compose = compose;
    }

    static IssueMessage of(Supplier<Texts> compose) {
        return new IssueMessage(compose);
    }

    /** A message already written. */
    public static IssueMessage of(String es, String en) {
        Texts texts = new Texts(es, en);
        IssueMessage message = new IssueMessage(() -> texts);
        message.texts = texts;
        return message;
    }

    /** The message in Spanish. */
    public String es() {
        return texts().es();
    }

    /** The message in English. */
    public String en() {
        return texts().en();
    }

    private Texts texts() {
        Texts composed = texts;
        if (composed == null) {
            composed = compose.get();
            texts = composed;
        }
        return composed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueMessage message && texts().equals(message.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts());
    }

    @Override
    public String toString() {
        return es() + " / " + en();
    }
}
