package org.repatria.store.inquiry;

import java.time.Instant;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;

/** One allowed read of an inquiry: who (account, party, role), which inquiry, what was read, when. */
public record InquiryRead(String id, Instant at, String username, PartyId party, Role role, String inquiryId,
                          String what) {
}
