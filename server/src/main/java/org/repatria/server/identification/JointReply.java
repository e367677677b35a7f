package org.repatria.server.identification;

import java.util.List;
import org.repatria.kinship.search.JointRow;

/**
 * The API's view of a case's joint search: {@code status} (NONE, RUNNING, DONE, REFUSED, FAILED); while running the
 * phase and its count; when done the pairs (undisputed first) and the missing persons left unidentified
 * ({@code family/member}) and the {@code theta} applied (the case's); when refused the limit's name and value and the
 * message saying what to do.
 */
public record JointReply(String status, String phase, int done, int total, List<Pair> pairs, List<String> unidentified,
                         int groups, long assignments, String limitName, long limit, String message, double theta) {

    /** One assigned pair, as {@code identify --joint} writes it. */
    public record Pair(String remainsId, String familyId, String missingId, double log10Lr, double posterior, String conclusion) {
        static Pair of(JointRow r) {
            return new Pair(r.remainsId(), r.familyId(), r.missingId(), r.log10Lr(), r.posterior(), r.conclusion().word());
        }
    }

    static JointReply of(JointState s) {
        return switch (s) {
            case JointState.NotRun n -> new JointReply(s.status(), "", 0, 0, List.of(), List.of(), 0, 0, "", 0, "", 0);
            case JointState.Running r -> new JointReply(s.status(), r.phase(), r.done(), r.total(), List.of(), List.of(), 0, 0, "", 0, "", 0);
            case JointState.Done d -> new JointReply(s.status(), "", 0, 0, d.rows().stream().map(Pair::of).toList(),
                    d.unidentified().stream().map(t -> t.familyId() + "/" + t.missingId()).toList(), d.groups(), d.assignments(),
                    "", 0, "", d.theta());
            case JointState.Refused f -> new JointReply(s.status(), "", 0, 0, List.of(), List.of(), 0, 0, f.limitName(), f.limit(),
                    f.message(), 0);
            case JointState.Failed f -> new JointReply(s.status(), "", 0, 0, List.of(), List.of(), 0, 0, "", 0, f.message(), 0);
        };
    }
}
