/**
 * How the portal speaks HTTP: page rendering with its security headers and error pages, languages, the
 * fingerprinted assets, and the portal's addresses.
 */
package org.ocdsnacional.web.http;
