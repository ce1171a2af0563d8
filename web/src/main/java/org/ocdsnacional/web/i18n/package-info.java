/** What the portal says and how it writes numbers, money and dates, in Spanish (es-MX) and English. */
package org.ocdsnacional.web.i18n;
