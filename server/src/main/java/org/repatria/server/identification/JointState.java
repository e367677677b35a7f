package org.repatria.server.identification;

import java.time.Instant;
import java.util.List;
import org.repatria.kinship.search.JointRow;
import org.repatria.kinship.search.Target;

/** Where a case's joint search stands: never run (since the server started), running, done, refused as too big, or failed. */
public sealed interface JointState {

    /** The state's name in the API: {@code NONE}, {@code RUNNING}, {@code DONE}, {@code REFUSED}, {@code FAILED}. */
    String status();

    /** No joint search since the server started (results are kept in memory, docs/decisions/0174). */
    record NotRun() implements JointState {
        @Override
        public String status() {
            return "NONE";
        }
    }

    /** Running: the phase ({@code pairs}, {@code undisputed}, {@code joint}) and its count. */
    record Running(String phase, int done, int total) implements JointState {
        @Override
        public String status() {
            return "RUNNING";
        }

        /** Whole percent of the phase done. */
        public int percent() {
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    /**
     * Done: the pairs assigned (undisputed first), the missing persons left unidentified, the LR above which pairs were
     * candidates, and the theta every likelihood applied (the case's, docs/decisions/0175).
     */
    record Done(Instant at, double limit, double theta, List<JointRow> rows, List<Target> unidentified, int groups,
                long assignments)
            implements JointState {
        public Done {
            rows = List.copyOf(rows);
            unidentified = List.copyOf(unidentified);
        }

        @Override
        public String status() {
            return "DONE";
        }
    }

    /** Refused: the case is too big; the limit's name and value, and what was found. */
    record Refused(String limitName, long limit, String message) implements JointState {
        @Override
        public String status() {
            return "REFUSED";
        }
    }

    /** Failed on bad data or an internal error; the message says what to do. */
    record Failed(String message) implements JointState {
        @Override
        public String status() {
            return "FAILED";
        }
    }
}
