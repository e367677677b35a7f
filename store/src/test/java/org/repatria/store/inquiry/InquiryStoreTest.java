package org.repatria.store.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.inquiry.InquiryStatus;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.store.OnEveryEngine;

/** Inquiries, their history and alerts (V15), on every engine. */
class InquiryStoreTest extends OnEveryEngine {
    private static final Instant AT = Instant.parse("2025-09-01T10:00:00.123456789Z");
    private static final PartyId UA = new PartyId("ua");

    private static InquiryParticulars particulars(String contact) {
        Map<InquiryField, String> v = new EnumMap<>(InquiryField.class);
        v.put(InquiryField.ASKER_NAME, "Ковальчук Ганна");
        v.put(InquiryField.ASKER_RELATION, "мати");
        v.put(InquiryField.ASKER_CONTACT, contact);
        v.put(InquiryField.CONSENT, "yes");
        v.put(InquiryField.NAMES, "Ковальчук Олександр Петрович");
        v.put(InquiryField.BIRTH_DATE, "1990-04-12");
        return new InquiryParticulars(v);
    }

    private String recorded() {
        String id = UUID.randomUUID().toString();
        store().inquiries().record(new StoredInquiry(id, UA, "ua-desk", InquiryStatus.OPEN, "", particulars("+380 1"), AT, AT));
        return id;
    }

    @Test
    void anInquiryIsReadBackWithItsParticulars() {
        String id = recorded();

        StoredInquiry q = store().inquiries().find(id).orElseThrow();

        assertThat(q.particulars()).isEqualTo(particulars("+380 1"));
        assertThat(q.created()).isEqualTo(AT);
        assertThat(store().inquiries().heldBy(UA)).extracting(StoredInquiry::id).containsExactly(id);
    }

    @Test
    void anEditWritesOneHistoryRowPerChangedFieldWithTheOldAndNewValue() {
        String id = recorded();

        int changed = store().inquiries().edit(id, particulars("+380 2"), "ua-other", AT.plusSeconds(5));

        assertThat(changed).isEqualTo(1);
        assertThat(store().inquiries().changes(id)).containsExactly(
                new InquiryChange(id, 1, AT, "ua-desk", "RECORDED", "", "", ""),
                new InquiryChange(id, 2, AT.plusSeconds(5), "ua-other", "EDITED", "asker_contact", "+380 1", "+380 2"));
    }

    @Test
    void aClosedInquiryIsNoLongerOpenAndItsHistorySaysWhy() {
        String id = recorded();

        store().inquiries().status(id, InquiryStatus.CLOSED, "found", "ua-desk", AT.plusSeconds(9));

        assertThat(store().inquiries().open()).isEmpty();
        assertThat(store().inquiries().openCount(UA)).isZero();
        assertThat(store().inquiries().changes(id)).extracting(InquiryChange::field, InquiryChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("status", "closed"), org.assertj.core.groups.Tuple.tuple("reason", "found"));
    }

    @Test
    void anAlertIsRaisedOnceWithItsReasons() {
        String id = recorded();
        ListId list = new ListId(UUID.randomUUID());
        StoredAlert a = new StoredAlert(UUID.randomUUID().toString(), id, "list", list, "7", "Ковальчук Александр", 0.93,
                AlertState.NEW, AT, "", Optional.empty(), List.of(new AlertReason("surname", "agree", "exact", "Ковальчук",
                "Ковальчук", 6.5)));

        boolean first = store().inquiryAlerts().raise(a);
        boolean second = store().inquiryAlerts().raise(new StoredAlert(UUID.randomUUID().toString(), id, "list", list, "7",
                "x", 0.5, AlertState.NEW, AT, "", Optional.empty(), List.of()));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store().inquiryAlerts().of(id)).containsExactly(a);
        assertThat(store().inquiryAlerts().newCounts(UA)).containsEntry(id, 1);
    }

    @Test
    void aDecidedAlertSaysWhoDecidedAndWhen() {
        String id = recorded();
        String alert = UUID.randomUUID().toString();
        store().inquiryAlerts().raise(new StoredAlert(alert, id, "list", new ListId(UUID.randomUUID()), "1", "n", 0.9,
                AlertState.NEW, AT, "", Optional.empty(), List.of()));

        store().inquiryAlerts().decide(alert, AlertState.CONFIRMED, "ua-desk", AT.plusSeconds(60));

        StoredAlert a = store().inquiryAlerts().find(id, alert).orElseThrow();
        assertThat(a.state()).isEqualTo(AlertState.CONFIRMED);
        assertThat(a.decidedBy()).isEqualTo("ua-desk");
        assertThat(a.decided()).contains(AT.plusSeconds(60));
    }

    @Test
    void aSourceIsMarkedCheckedOnce() {
        String id = recorded();

        store().inquiryAlerts().checked(id, "list|x");
        store().inquiryAlerts().checked(id, "list|x");

        assertThat(store().inquiryAlerts().checks()).containsEntry(id, java.util.Set.of("list|x"));
    }
}
