/**
 * Small bounded caches of what repeats between requests (parsed queries, query costs), so that an app sending the
 * same queries again and again pays for their analysis once.
 */
package org.ocdsnacional.api.cache;
