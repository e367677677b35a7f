package org.repatria.server.death;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The death records' JSON bodies and replies. */
public final class DeathMessages {
    private DeathMessages() {
    }

    /**
     * The particulars of a death record for the confirmed identification of {@code remains} in DNA case {@code caseId}, to
     * the person's own side {@code side}; {@code corrects}, when given, is the envelope of the latest record of the same
     * identification that this one corrects. Dates are ISO at their known precision (YYYY, YYYY-MM, YYYY-MM-DD) or empty;
     * {@code remainsState} is held, buried or returned.
     */
    public record DeathRecordRequest(String caseId, String remains, String side, String surname, String givenNames,
                                     String patronymic, String birthDate, String serviceNumber, String unit, String rank,
                                     String deathDate, String deathPlace, String deathKnownBy, String deathCause,
                                     String remainsState, String remainsPlace, String corrects) {
    }

    /** Several records at once (at most {@code DeathRegister.MAX_BATCH}), each signed with the server-held key. */
    public record DeathRecordBatch(List<DeathRecordRequest> records) {
    }

    /**
     * A record on the log: its envelope, revision (1 first; a correction n + 1) and the envelope it corrects (empty for a
     * first record), who signed, whether the mediator relayed it, whether a later record corrects it, and its
     * particulars by the canonical text's keys.
     */
    public record DeathRecordReply(String envelopeId, String identification, int revision, String corrects, String party,
                                   String side, String by, Instant at, boolean relayed, boolean corrected,
                                   Map<String, String> particulars) {
    }
}
