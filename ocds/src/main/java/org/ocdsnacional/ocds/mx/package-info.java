/** Mexican identifiers and names: the RFC tax id, and resolving an organization across publishers. */
package org.ocdsnacional.ocds.mx;
