package org.repatria.server.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.handover.HandoverException;
import org.repatria.core.handover.Sample;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.SampleMessages.TakeRow;
import org.repatria.store.exchange.SampleRecord;
import org.repatria.store.exchange.StoredSample;

/**
 * Checks samples to be taken against the limits, each other, the bags received and the samples already held, and makes
 * their rows; the first problem refuses the whole call, naming the row and field, and nothing is stored.
 */
final class SampleRows {
    /** Most samples recorded in one call (a form, a JSON body or a CSV file): a rail tranche is about 1,200 bags. */
    static final int MAX_ROWS = 10_000;
    /** Longest place or body tag. */
    static final int MAX_WHERE = 200;
    /** Longest note. */
    static final int MAX_NOTE = 500;

    private SampleRows() {
    }

    /** How a row's field is named in a refusal: {@code samples[3].sample_id} in JSON, {@code line 5, sample_id} in CSV. */
    interface FieldName {
        String of(int row, String field);
    }

    static List<StoredSample> check(List<TakeRow> rows, List<ReceivedBags.Bag> bags, PartyId holder,
                                    Map<String, StoredSample> held, String agreementId, String by, Instant at, FieldName name) {
        if (rows.size() > MAX_ROWS) {
            throw HttpProblem.unprocessable("too_many_samples", String.format(java.util.Locale.ROOT,
                    "samples: %,d rows, the limit is %,d; send them in parts", rows.size(), MAX_ROWS));
        }
        if (rows.isEmpty()) {
            throw HttpProblem.invalid("samples", "no sample given; give at least one");
        }
        Map<String, ReceivedBags.Bag> byTag = new HashMap<>();
        bags.forEach(b -> byTag.putIfAbsent(b.tag(), b));
        Map<String, Integer> seen = new HashMap<>();
        List<StoredSample> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TakeRow r = Objects.requireNonNullElse(rows.get(i), new TakeRow(null, null, null, null));
            String id = id(r.sampleId(), name.of(i, "sample_id"));
            String tag = text(r.bodyTag(), MAX_WHERE, name.of(i, "body_tag"));
            String where = text(r.where(), MAX_WHERE, name.of(i, "where"));
            String note = text(r.note(), MAX_NOTE, name.of(i, "note"));
            ReceivedBags.Bag bag = bag(byTag.get(tag), tag, holder, name.of(i, "body_tag"));
            Integer earlier = seen.putIfAbsent(id, i);
            if (earlier != null) {
                throw HttpProblem.invalid(name.of(i, "sample_id"), "sample " + id + " is given twice (also "
                        + name.of(earlier, "sample_id") + ", bag " + out.get(earlier).bodyTag()
                        + "); a sample comes from one bag only");
            }
            StoredSample before = held.get(id);
            if (before != null) {
                throw HttpProblem.conflict("sample_in_two_bags", name.of(i, "sample_id") + ": sample " + id
                        + " is already recorded from bag " + before.bodyTag() + " (agreement " + before.agreementId()
                        + "); a sample comes from one bag only, so give this one its own id");
            }
            out.add(new StoredSample(holder, id, agreementId, bag.tag(), List.of(new SampleRecord(1, "TAKEN", where, note,
                    Optional.empty(), Optional.empty(), by, at))));
        }
        return out;
    }

    private static ReceivedBags.Bag bag(ReceivedBags.Bag bag, String tag, PartyId holder, String field) {
        if (tag.isEmpty()) {
            throw HttpProblem.invalid(field, "is empty; name the body bag the sample was taken from");
        }
        if (bag == null) {
            throw HttpProblem.invalid(field, "no body bag tagged '" + tag + "' crossed in this agreement");
        }
        if (!bag.receiver().equals(holder)) {
            throw HttpProblem.forbidden(field + ": bag " + tag + " was handed to " + bag.receiver()
                    + "; only the side that received a bag takes samples from it");
        }
        if (!bag.received()) {
            throw HttpProblem.conflict("bag_not_received", field + ": bag " + tag + " (tranche " + bag.tranche()
                    + ") has not been received: " + holder + " has not signed the tranche's act; take samples once it has");
        }
        return bag;
    }

    static String id(String raw, String field) {
        try {
            return Sample.checkId(raw);
        } catch (HandoverException e) {
            throw HttpProblem.invalid(field, e.getMessage().replaceFirst("^sample id: ", ""));
        }
    }

    static String text(String raw, int limit, String field) {
        String s = Objects.requireNonNullElse(raw, "").strip();
        if (s.length() > limit) {
            throw HttpProblem.invalid(field, String.format(java.util.Locale.ROOT, "%,d characters, the limit is %,d",
                    s.length(), limit));
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            throw HttpProblem.invalid(field, "holds a control character");
        }
        return s;
    }
}
