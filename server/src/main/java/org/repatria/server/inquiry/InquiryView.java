package org.repatria.server.inquiry;

import java.util.List;
import java.util.Map;
import org.repatria.store.inquiry.InquiryChange;
import org.repatria.store.inquiry.StoredAlert;
import org.repatria.store.inquiry.StoredInquiry;

/**
 * An inquiry as its reader sees it: the inquiry, its history, the alerts on rows the reader may read, and the titles of
 * the lists those rows are on (by list id), so a page names a list rather than showing its id.
 */
public record InquiryView(StoredInquiry inquiry, List<InquiryChange> history, List<StoredAlert> alerts,
                          Map<String, String> titles) {
    public InquiryView {
        history = List.copyOf(history);
        alerts = List.copyOf(alerts);
        titles = Map.copyOf(titles);
    }
}
