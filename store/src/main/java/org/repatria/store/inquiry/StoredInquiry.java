package org.repatria.store.inquiry;

import java.time.Instant;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.inquiry.InquiryStatus;
import org.repatria.core.party.PartyId;

/**
 * A family's inquiry as stored: the desk that holds it (party, and the account that recorded it), its status with the
 * reason given ("" while open), its particulars, when recorded and last changed.
 */
public record StoredInquiry(String id, PartyId holderParty, String holderAccount, InquiryStatus status, String reason,
                            InquiryParticulars particulars, Instant created, Instant updated) {
}
