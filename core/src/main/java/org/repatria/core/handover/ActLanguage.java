package org.repatria.core.handover;

/** The language a handover act is written in beside English, chosen by the parties. */
public enum ActLanguage {
    /** Ukrainian. */
    UK,
    /** Russian. */
    RU
}
