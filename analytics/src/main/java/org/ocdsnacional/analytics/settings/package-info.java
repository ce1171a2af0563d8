/**
 * Settings files in Cardinal's INI format (sections, {@code key = value}, {@code ;} and {@code #} comments), read
 * into sections and then into typed values, with a clear error (Spanish and English) for anything unknown or
 * malformed.
 */
package org.ocdsnacional.analytics.settings;
