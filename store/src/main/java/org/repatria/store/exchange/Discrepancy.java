package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;

/** Something at the crossing that was not a clean handover, with the person when it concerns one. */
public record Discrepancy(int tranche, String kind, Optional<PersonRef> person, String detail, Instant at) {
}
