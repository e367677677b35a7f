package org.repatria.server.linkage;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.repatria.store.link.MatchRun;

/** A match run as the API shows it; {@code percent} is the running match's progress (100 when done). */
public record RunReply(String id, String party, String leftList, String rightList, String createdBy, Instant created,
                       String state, String note, long candidatePairs, int percent) {

    static RunReply of(MatchRun r, Optional<RunProgress> progress) {
        int percent = r.state() == MatchRun.State.RUNNING ? progress.map(RunProgress::percent).orElse(0) : 100;
        return new RunReply(r.id(), r.party().value(), r.left().toString(), r.right().toString(), r.createdBy(), r.created(),
                r.state().name().toLowerCase(Locale.ROOT), r.note(), r.candidatePairs(), percent);
    }
}
