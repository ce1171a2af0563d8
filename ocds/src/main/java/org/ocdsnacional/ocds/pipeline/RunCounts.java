package org.ocdsnacional.ocds.pipeline;

/**
 * What a run did, in numbers.
 *
 * @param requests       HTTP requests made (or files read)
 * @param failedRequests requests that failed (status, I/O, unreadable body)
 * @param bytes          bytes received
 * @param releases       releases read
 * @param invalid        releases with at least one validation error
 * @param issues         validation issues found
 * @param processes      distinct contracting processes touched
 */
public record RunCounts(long requests, long failedRequests, long bytes, long releases, long invalid, long issues,
                        long processes) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0);
}
