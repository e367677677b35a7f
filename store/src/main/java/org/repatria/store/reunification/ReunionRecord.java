package org.repatria.store.reunification;

import java.time.Instant;
import org.repatria.core.agreement.PersonRef;

/** A reunification as stored: the child's row, the tranche it came by, the request row it answers, the signed record. */
public record ReunionRecord(PersonRef child, String agreementId, int tranche, PersonRef request, String envelopeId,
                            boolean caseClosed, String by, Instant at) {
}
