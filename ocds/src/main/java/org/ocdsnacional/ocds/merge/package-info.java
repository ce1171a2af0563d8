/** Compiling the releases of one contracting process into its compiled release. */
package org.ocdsnacional.ocds.merge;
