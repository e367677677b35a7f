package org.repatria.server.tracing;

import java.util.List;
import java.util.Locale;
import org.repatria.match.trace.Reason;
import org.repatria.server.tracing.ChildTracing.Found;
import org.repatria.server.tracing.ChildTracing.Tracing;

/** The JSON of a case's tracing: the link, the candidates with their reasons, a decision. */
public final class TracingMessages {
    private TracingMessages() {
    }

    /** A decision on a candidate: {@code candidate} as put forward, {@code decision} confirm or reject. */
    public record DecisionRequest(String candidate, String decision) {
    }

    /** One particular compared: agree, partly, disagree or missing, the level, both values, the weight in bits. */
    public record ReasonReply(String particular, String verdict, String level, String caseValue, String candidateValue,
                              double weight) {
        static ReasonReply of(Reason r) {
            return new ReasonReply(token(r.particular().name()), token(r.verdict().name()), r.level(), r.caseValue(),
                    r.candidateValue(), Math.round(r.weight() * 10) / 10.0);
        }
    }

    /** A candidate: its key, where it comes from, its score in [0, 1], whether proposed, and the reasons. */
    public record CandidateReply(String candidate, String source, String listId, String party, String rowId, String name,
                                 String birthDate, double score, boolean proposed, List<ReasonReply> reasons) {
        static CandidateReply of(Found f) {
            return new CandidateReply(f.key(), f.source().kind(), f.source().listId(), f.source().party(),
                    f.source().rowId(), f.source().name(), f.source().birthDate(),
                    Math.round(f.candidate().score() * 1000) / 1000.0, f.candidate().proposed(),
                    f.candidate().reasons().stream().map(ReasonReply::of).toList());
        }
    }

    /** The confirmed candidate a case is linked to; every field empty when none is. */
    public record LinkReply(String candidate, String label, String decidedBy, String at) {
    }

    /** A case's tracing: the list and row, open or closed, the link, the candidates best first. */
    public record TracingReply(String listId, String rowId, String status, LinkReply linked,
                               List<CandidateReply> candidates) {
        static TracingReply of(Tracing t) {
            LinkReply link = t.linked().map(l -> new LinkReply(l.candidate(), l.label(), l.decidedBy(), l.at().toString()))
                    .orElse(new LinkReply("", "", "", ""));
            return new TracingReply(t.childCase().list().id().toString(), t.childCase().child().rowId(),
                    t.childCase().status(), link, t.candidates().stream().map(CandidateReply::of).toList());
        }
    }

    private static String token(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
