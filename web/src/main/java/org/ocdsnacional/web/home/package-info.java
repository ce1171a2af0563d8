/** The home page: one search box, the headline figures, the map of the states and the processes per month. */
package org.ocdsnacional.web.home;
