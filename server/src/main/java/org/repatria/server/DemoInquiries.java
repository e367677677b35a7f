package org.repatria.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.inquiry.InquiryStatus;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.Sex;
import org.repatria.store.Store;
import org.repatria.store.inquiry.StoredInquiry;

/**
 * The demo's families' inquiries (docs/decisions/0158): four mothers and wives asked ua's desk about a soldier; three of
 * them are named on ua's request list (one written in Latin, one with the birth year alone), one on no list. The server's
 * watch raises their alerts within seconds of starting.
 */
final class DemoInquiries {
    private static final String[][] ASKERS = {
        {"Ковальчук Ганна Іванівна", "мати", "+380 44 123 45 67"},
        {"Бондар Олена Петрівна", "дружина", "olena.bondar@example.org"},
        {"Мельник Марія Степанівна", "мати", "+380 67 765 43 21; Житомир, вул. Київська 5"},
        {"Ткачук Ірина Василівна", "сестра", "+380 50 111 22 33"}};

    private DemoInquiries() {
    }

    /** Records the inquiries of ua's desk {@code holder}, about rows of ua's first request list of prisoners. */
    static int seed(Store store, List<PersonList> lists, Account holder) {
        Optional<PersonList> request = lists.stream().filter(l -> l.header().author().equals(holder.party())
                && l.header().purpose() == ListPurpose.REQUEST && l.header().category() == Category.POW).findFirst();
        if (request.isEmpty() || request.get().rows().size() < 3) {
            return 0;
        }
        List<Person> rows = request.get().rows();
        Instant at = request.get().header().created().plus(Duration.ofDays(1));
        for (int i = 0; i < ASKERS.length; i++) {
            Map<InquiryField, String> v = new EnumMap<>(InquiryField.class);
            v.put(InquiryField.ASKER_NAME, ASKERS[i][0]);
            v.put(InquiryField.ASKER_RELATION, ASKERS[i][1]);
            v.put(InquiryField.ASKER_CONTACT, ASKERS[i][2]);
            v.put(InquiryField.CONSENT, i == 3 ? "no" : "yes");
            v.put(InquiryField.CONSENT_DATE, "2025-06-03");
            if (i < 3) {
                Person p = rows.get(i * 2);
                String name = i == 1 && !p.latin().full().isBlank() ? p.latin().full() : p.name().full();
                String iso = p.birthDate().iso();
                v.put(InquiryField.NAMES, name);
                v.put(InquiryField.SEX, p.sex() == Sex.FEMALE ? "F" : "M");
                v.put(InquiryField.BIRTH_DATE, i == 2 && iso.length() >= 4 ? iso.substring(0, 4) : iso);
                v.put(InquiryField.UNIT, p.unit());
                v.put(InquiryField.CIRCUMSTANCES, "Зв'язок зник у травні 2025 року.");
            } else {
                v.put(InquiryField.NAMES, "Ткачук Василь Олегович");
                v.put(InquiryField.SEX, "M");
                v.put(InquiryField.BIRTH_DATE, "1999-11-30");
                v.put(InquiryField.CIRCUMSTANCES, "Востаннє виходив на зв'язок під Покровськом.");
            }
            String id = UUID.nameUUIDFromBytes(("demo-inquiry-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            Instant when = at.plus(Duration.ofHours(i));
            store.inquiries().record(new StoredInquiry(id, holder.party(), holder.username(), InquiryStatus.OPEN, "",
                    new InquiryParticulars(v), when, when));
        }
        return ASKERS.length;
    }
}
