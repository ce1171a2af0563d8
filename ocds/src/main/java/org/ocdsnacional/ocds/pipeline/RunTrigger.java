package org.ocdsnacional.ocds.pipeline;

/** Why a harvest run started. */
public enum RunTrigger {
    SCHEDULE, MANUAL, COMMAND_LINE
}
