package org.repatria.core.scenario;

/** The scenario's bundled name data is missing or malformed: a build defect, fixed by correcting the resource. */
public final class ScenarioDataException extends RuntimeException {
    ScenarioDataException(String message) {
        super(message);
    }

    ScenarioDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
