/**
 * {@code /publicadores}: what a publisher opens every morning: every source with its status, schedule, last run
 * and last success, processes indexed and the trend of its runs; a source's page with its runs and its validation
 * issues grouped by type and path, explained, counted, with examples and the change since the previous run.
 */
package org.ocdsnacional.web.publishers;
