package org.ocdsnacional.api.limits;

import graphql.execution.AbortExecutionException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query refused by a limit: a GraphQL error whose {@code code} extension says which limit, and whose message
 * (Spanish, then English) says what to change. Carries no stack trace: it is an answer, not a failure.
 */
public final class QueryRejected extends AbortExecutionException {

    public static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String TOO_DEEP = "QUERY_TOO_DEEP";
    public static final String TOO_LARGE = "QUERY_TOO_LARGE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String TIMEOUT = "TIMEOUT";
    /** Extension of {@link #RATE_LIMITED} errors: whole seconds to wait before the query can be afforded. */
    public static final String RETRY_AFTER = "retryAfterSeconds";

    private final transient Map<String, Object> extensions;

    private QueryRejected(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = extensions;
    }

    static QueryRejected tooComplex(long cost, int max) {
        return new QueryRejected("La consulta cuesta " + cost + " puntos y el máximo es " + max + "; pida páginas "
                + "más pequeñas (first) o menos campos / The query costs " + cost + " points and the maximum is "
                + max + "; ask for smaller pages (first) or fewer fields.", code(TOO_COMPLEX));
    }

    static QueryRejected tooDeep(int depth, int max) {
        return new QueryRejected("La consulta anida " + depth + " niveles de campos y el máximo es " + max
                + " / The query nests " + depth + " levels of fields and the maximum is " + max + ".",
                code(TOO_DEEP));
    }

    static QueryRejected tooLarge(QueryLimits limits) {
        return new QueryRejected("La consulta es demasiado grande: el máximo es " + limits.maxCharacters()
                + " caracteres y " + limits.maxTokens() + " símbolos / The query is too large: the maximum is "
                + limits.maxCharacters() + " characters and " + limits.maxTokens() + " tokens.", code(TOO_LARGE));
    }

    static QueryRejected rateLimited(long cost, TokenBucket.Withdrawal refused) {
        long seconds = retrySeconds(refused.retryAfter());
        Map<String, Object> extensions = code(RATE_LIMITED);
        extensions.put(RETRY_AFTER, seconds);
        long left = Math.max(0, refused.remaining());
        return new QueryRejected("Presupuesto agotado: la consulta cuesta " + cost + " puntos y le quedan " + left
                + "; reintente en " + seconds + " s / Budget exhausted: the query costs " + cost + " points and "
                + left + " are left; retry in " + seconds + " s.", extensions);
    }

    static QueryRejected timeout(Duration deadline) {
        String limit = BigDecimal.valueOf(deadline.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
        return new QueryRejected("La consulta excedió el tiempo límite de " + limit + " y se canceló; pida menos "
                + "datos / The query exceeded the " + limit + " deadline and was cancelled; ask for less data.",
                code(TIMEOUT));
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    private static Map<String, Object> code(String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        return extensions;
    }

    private static long retrySeconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.equals(Duration.ofSeconds(seconds)) ? Math.max(seconds, 1) : seconds + 1;
    }
}
