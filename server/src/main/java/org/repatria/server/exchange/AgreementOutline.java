package org.repatria.server.exchange;

import java.util.Set;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Health;
import org.repatria.core.party.PartyId;

/**
 * An agreement as the figures across exchanges count it (issue 17): its id, kind, two sides, and the states of health
 * its accepted terms exempt from parity (none while it is not accepted). Nothing personal.
 */
public record AgreementOutline(String id, AgreementKind kind, PartyId first, PartyId second, boolean accepted,
                               Set<Health> exempt) {
    public AgreementOutline {
        exempt = Set.copyOf(exempt);
    }

    static AgreementOutline of(ReplayedAgreement r) {
        return new AgreementOutline(r.id(), AgreementKind.valueOf(r.stored().kind()), r.stored().partyA(),
                r.stored().partyB(), r.accepted().isPresent(), r.accepted().map(a -> a.terms().exempt()).orElse(Set.of()));
    }
}
