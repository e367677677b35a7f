package org.repatria.store.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.PartyId;

/**
 * The SQL of {@link OpenState}: the plans and the signatures of every agreement in one query each (a few rows per
 * agreement), a side's first nomination by an index probe only where the caller does not know it nominated already,
 * and the tranches recorded at the crossing by skipping through the checks' key, only for agreements with a plan in
 * force. No person row is read.
 */
final class OpenStateRows {
    private OpenStateRows() {
    }

    static List<OpenState> of(Handle h, List<StoredAgreement> agreements, Set<OpenState.Side> nominatedKnown) {
        Map<String, int[]> plans = new HashMap<>(); // latest number, latest in force (0/1), any in force (0/1)
        h.createQuery("SELECT agreement_id, plan_no, envelope_id FROM tranche_plans ORDER BY agreement_id, plan_no")
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3) != null}).list()
                .forEach(r -> {
                    int[] p = plans.computeIfAbsent((String) r[0], k -> new int[3]);
                    p[0] = (Integer) r[1];
                    p[1] = (Boolean) r[2] ? 1 : 0;
                    p[2] |= p[1];
                });
        Map<String, Map<String, List<OpenState.Signed>>> signatures = new HashMap<>();
        h.createQuery("SELECT agreement_id, subject, party_id, envelope_id FROM exchange_signatures"
                        + " ORDER BY agreement_id, subject, signing_no")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list()
                .forEach(r -> signatures.computeIfAbsent(r[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(r[1], k -> new ArrayList<>()).add(new OpenState.Signed(new PartyId(r[2]), r[3])));
        List<OpenState> out = new ArrayList<>(agreements.size());
        for (StoredAgreement a : agreements) {
            Set<PartyId> nominated = new HashSet<>();
            for (PartyId side : List.of(a.partyA(), a.partyB())) {
                if (nominatedKnown.contains(new OpenState.Side(a.id(), side)) || h.createQuery("SELECT 1 FROM nominations"
                                + " WHERE agreement_id = ? AND party_id = ? LIMIT 1").bind(0, a.id()).bind(1, side.value())
                        .mapTo(Integer.class).findOne().isPresent()) {
                    nominated.add(side);
                }
            }
            int[] p = plans.getOrDefault(a.id(), new int[3]);
            List<Integer> tranches = p[2] == 1 ? recorded(h, a.id()) : List.of();
            out.add(new OpenState(a.id(), nominated, p[0] == 0 ? OptionalInt.empty() : OptionalInt.of(p[0]), p[1] == 1,
                    tranches, signatures.getOrDefault(a.id(), Map.of())));
        }
        return out;
    }

    /** The tranches something was recorded for at the crossing, one index probe each. */
    private static List<Integer> recorded(Handle h, String agreementId) {
        List<Integer> tranches = new ArrayList<>();
        for (int after = 0; ; ) {
            Integer next = h.createQuery("SELECT MIN(tranche_no) FROM handover_checks WHERE agreement_id = ? AND tranche_no > ?")
                    .bind(0, agreementId).bind(1, after).mapTo(Integer.class).findOne().orElse(null);
            if (next == null) {
                return tranches;
            }
            tranches.add(next);
            after = next;
        }
    }
}
