package org.repatria.server.inquiry;

import java.util.List;
import org.repatria.store.inquiry.InquiryChange;
import org.repatria.store.inquiry.StoredAlert;
import org.repatria.store.inquiry.StoredInquiry;

/** An inquiry as its reader sees it: the inquiry, its history, and the alerts on rows the reader may read. */
public record InquiryView(StoredInquiry inquiry, List<InquiryChange> history, List<StoredAlert> alerts) {
    public InquiryView {
        history = List.copyOf(history);
        alerts = List.copyOf(alerts);
    }
}
