package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The view records of the supervisors' record of reads ({@code reads.jte}). */
final class ReadViews {
    private ReadViews() {
    }

    /** One read as shown: flagged when a mass read. */
    record Read(boolean mass, String at, String who, String party, String role, String kind, String what, String ids,
                String rows) {
    }

    /** A choice in a select. */
    record Choice(String value, String label) {
    }

    /** The page: filters as typed, the reads, the chain's state, paging and the export link. */
    record Reads(Page page, List<Read> reads, String showing, String who, String kind, String what, String from, String to,
                 List<Choice> kinds, Optional<String> broken, Optional<String> keptSince, Optional<String> previous,
                 Optional<String> next, String export) {
    }
}
