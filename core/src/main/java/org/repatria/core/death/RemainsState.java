package org.repatria.core.death;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the remains are at the time of the record (GC I art. 17): held (in a bag, in custody), buried, or returned. */
public enum RemainsState {
    /** Held by the identifying side: in a bag, at a morgue or store. */
    HELD,
    /** Buried; the place says where, so the grave can always be found. */
    BURIED,
    /** Returned to the person's side or family. */
    RETURNED;

    /** The lower-case token written in the record. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named by {@code raw} (any case); refused naming field {@code remains_state} and the choices. */
    public static RemainsState parse(String raw) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.token().equals(wanted)).findFirst().orElseThrow(() ->
                new DeathRecordException("remains_state", "field remains_state: '" + Lines.optional("remains_state", raw, 40)
                        + "' is not one of " + Arrays.stream(values()).map(RemainsState::token)
                        .collect(Collectors.joining(", "))));
    }
}
