package org.repatria.store.exchange;

import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/** A person a plan puts in a tranche, with the side that hands them over. */
public record TrancheMember(int tranche, PartyId party, PersonRef person) {
}
