package org.ocdsnacional.ocds.validate;

/** How much a validation issue matters to a publisher. */
public enum Severity {
    ERROR, WARNING, INFO
}
