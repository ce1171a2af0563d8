/** Validation of releases against schema profiles, and the issues it reports to publishers. */
package org.ocdsnacional.ocds.validate;
