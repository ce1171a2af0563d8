/** Immutable views over OCDS documents: releases and the metadata of the package that carried them. */
package org.ocdsnacional.ocds.model;
