/**
 * {@code /proceso/{ocid}}: one contracting process in readable sections (tender, awards, contracts and their
 * implementation), the timeline of its releases, its parties linked to their organizations, its sources, its
 * validation issues and its OCDS downloads.
 */
package org.ocdsnacional.web.process;
