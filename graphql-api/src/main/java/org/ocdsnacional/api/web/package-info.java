/**
 * What the API serves besides GraphQL itself: the GraphiQL page (its assets come from webjars on the classpath,
 * never from a CDN) and the health endpoint.
 */
package org.ocdsnacional.api.web;
