/**
 * {@code /buscar}: every filter of the API as URL parameters (a search can be bookmarked and shared), the counts
 * beside the results that narrow them, ordering, paging both ways, highlighted matches.
 */
package org.ocdsnacional.web.search;
