package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An API page once its releases were read.
 *
 * @param rest  the page's other fields (paging: {@code pagination}, {@code count}, {@code hasNextPage}…)
 * @param items how many elements the array of releases had
 */
public record Page(ObjectNode rest, long items) {
}
