package org.repatria.store.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.list.ListId;

/**
 * A likely hit for an inquiry: a list's row ({@code source} {@code list}) or an answer to a request row
 * ({@code answer}), the name it gives, its score and reasons; its state, and who set it when (none while new).
 */
public record StoredAlert(String id, String inquiryId, String source, ListId list, String rowId, String rowName,
                          double score, AlertState state, Instant raised, String decidedBy, Optional<Instant> decided,
                          List<AlertReason> reasons) {
    public StoredAlert {
        reasons = List.copyOf(reasons);
    }
}
