package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;

/**
 * One step in a sample's chain of custody: its number in the chain (from 1, the taking), the kind (a core sample step
 * kind's name), where, a note, the DNA case of a typing, whom an identification names, by whom and when.
 */
public record SampleRecord(int number, String kind, String where, String note, Optional<String> caseId,
                           Optional<PersonRef> identifiedAs, String by, Instant at) {
}
