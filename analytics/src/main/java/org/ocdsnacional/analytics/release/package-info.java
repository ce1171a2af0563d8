/**
 * Reading a compiled release the way the flags need it: fields of one exact JSON type (a status that is not a
 * string is no status), RFC 3339 instants, and calendar dates in Mexico City time.
 */
package org.ocdsnacional.analytics.release;
