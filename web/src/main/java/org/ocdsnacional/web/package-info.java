/** The public portal. */
package org.ocdsnacional.web;
