/**
 * {@code /organizacion/{id}}: a buyer or supplier across every state: the names publishers gave it, its RFC, its
 * figures per role (per year and currency, per state, top counterparties, competition), and its processes.
 */
package org.ocdsnacional.web.organization;
