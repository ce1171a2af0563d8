/**
 * What the API serves besides GraphQL itself: the GraphiQL page (its assets come from webjars on the classpath,
 * never from a CDN), the favicon, the health endpoint and request counts.
 */
package org.ocdsnacional.api.web;
