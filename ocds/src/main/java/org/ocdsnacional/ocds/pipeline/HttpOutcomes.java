package org.ocdsnacional.ocds.pipeline;

/**
 * What the HTTP requests of a run ended in, one count per attempt (a retried request counts each attempt).
 *
 * @param succeeded     2xx answers
 * @param notModified   304 answers to a conditional request
 * @param redirects     3xx answers followed
 * @param retries       attempts repeated after a 5xx, a 429 or an I/O error
 * @param clientErrors  4xx answers (429 included)
 * @param serverErrors  5xx answers
 * @param networkErrors connections refused or reset, timeouts, bodies cut short
 * @param refused       requests the harvester refused: too large, redirect to a private address, redirect loop
 */
public record HttpOutcomes(long succeeded, long notModified, long redirects, long retries, long clientErrors,
                           long serverErrors, long networkErrors, long refused) {

    public static final HttpOutcomes ZERO = new HttpOutcomes(0, 0, 0, 0, 0, 0, 0, 0);
}
