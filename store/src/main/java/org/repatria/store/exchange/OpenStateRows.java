package org.repatria.store.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;

/**
 * The SQL of {@link OpenState}: per agreement, index probes only (a side's first nomination, the latest plan, each
 * recorded tranche by skipping through the checks' key, the signatures), never a scan of its persons.
 */
final class OpenStateRows {
    private OpenStateRows() {
    }

    static OpenState of(Handle h, String agreementId, PartyId a, PartyId b) {
        Set<PartyId> nominated = new HashSet<>();
        for (PartyId side : List.of(a, b)) {
            if (h.createQuery("SELECT 1 FROM nominations WHERE agreement_id = ? AND party_id = ? LIMIT 1")
                    .bind(0, agreementId).bind(1, side.value()).mapTo(Integer.class).findOne().isPresent()) {
                nominated.add(side);
            }
        }
        var latest = h.createQuery("SELECT plan_no, envelope_id FROM tranche_plans WHERE agreement_id = ? ORDER BY plan_no DESC"
                        + " LIMIT 1").bind(0, agreementId)
                .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getString(2) != null}).findOne();
        List<Integer> tranches = new ArrayList<>();
        for (int after = 0; ; ) {
            Integer next = h.createQuery("SELECT MIN(tranche_no) FROM handover_checks WHERE agreement_id = ? AND tranche_no > ?")
                    .bind(0, agreementId).bind(1, after).mapTo(Integer.class).findOne().orElse(null);
            if (next == null) {
                break;
            }
            tranches.add(next);
            after = next;
        }
        Map<String, List<OpenState.Signed>> signatures = new LinkedHashMap<>();
        h.createQuery("SELECT subject, party_id, envelope_id FROM exchange_signatures WHERE agreement_id = ?"
                        + " ORDER BY subject, signing_no").bind(0, agreementId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(r -> signatures.computeIfAbsent(r[0], s -> new ArrayList<>())
                        .add(new OpenState.Signed(new PartyId(r[1]), r[2])));
        return new OpenState(agreementId, nominated, latest.map(l -> OptionalInt.of((Integer) l[0])).orElse(OptionalInt.empty()),
                latest.map(l -> (Boolean) l[1]).orElse(false), tranches, signatures);
    }
}
