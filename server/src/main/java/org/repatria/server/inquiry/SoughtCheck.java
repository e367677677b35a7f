package org.repatria.server.inquiry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.core.inquiry.InquiryParticulars;
import org.repatria.core.person.Person;
import org.repatria.match.trace.Candidate;
import org.repatria.match.trace.ChildRecord;
import org.repatria.match.trace.ChildSearch;
import org.repatria.match.trace.KnownAs;
import org.repatria.match.trace.Particular;
import org.repatria.match.trace.Reason;
import org.repatria.match.trace.Verdict;
import org.repatria.store.inquiry.AlertReason;

/**
 * Ranks the rows of one source (a list's rows, or the answers to a request list) against inquiries with the match
 * module's tracing search (names across scripts and romanisations, birth date exact, shifted or swapped, place, sex),
 * the inquiry's other names weighed as names the person is also known by; a military id both give decides more than
 * any name: the same id is a hit whatever the names, different ids halve the score (decision 0158).
 */
final class SoughtCheck {
    /** The score at or above which a row is a likely hit. */
    static final double ALERT_AT = ChildSearch.PROPOSE_AT;
    private static final Set<Particular> FAMILY_ONLY = Set.of(Particular.MOTHER_GIVEN_NAME, Particular.MOTHER_SURNAME,
            Particular.REMOVAL);
    private final ChildSearch search;
    private final Map<String, Person> rows = new LinkedHashMap<>();

    /** A row a hit names, its score and the reasons per particular. */
    record Hit(Person row, double score, List<AlertReason> reasons) {
    }

    SoughtCheck(List<Person> candidates) {
        List<ChildRecord> records = new ArrayList<>();
        for (Person p : candidates) {
            if (rows.putIfAbsent(p.rowId(), p) == null) {
                records.add(record(p));
            }
        }
        this.search = new ChildSearch(records);
    }

    /** The likely hits for one inquiry, best first. */
    List<Hit> hits(InquiryParticulars sought) {
        List<String> names = sought.names();
        ChildRecord first = sought(sought, names.isEmpty() ? "" : names.getFirst());
        KnownAs others = new KnownAs(names.stream().skip(1).filter(n -> n.contains(" ")).limit(KnownAs.MAX).toList(), List.of());
        String military = military(sought.text(InquiryField.MILITARY_ID));
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Candidate c : search.search(first, others)) {
            Person row = rows.get(c.id());
            List<AlertReason> reasons = new ArrayList<>(reasons(c));
            double score = c.score();
            String theirs = military(row.militaryId());
            if (!military.isEmpty() && !theirs.isEmpty()) {
                boolean same = military.equals(theirs);
                reasons.add(militaryReason(sought, row, same));
                score = same ? Math.max(score, 0.99) : score / 2;
            }
            unit(sought, row, reasons);
            if (score >= ALERT_AT) {
                hits.put(row.rowId(), new Hit(row, score, reasons));
            }
        }
        if (!military.isEmpty()) {
            for (Person row : rows.values()) {
                if (!hits.containsKey(row.rowId()) && military.equals(military(row.militaryId()))) {
                    List<AlertReason> reasons = new ArrayList<>(List.of(militaryReason(sought, row, true)));
                    unit(sought, row, reasons);
                    hits.put(row.rowId(), new Hit(row, 0.99, reasons));
                }
            }
        }
        return hits.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
    }

    private static List<AlertReason> reasons(Candidate c) {
        return c.reasons().stream().filter(r -> !(FAMILY_ONLY.contains(r.particular()) && r.verdict() == Verdict.MISSING))
                .map(SoughtCheck::reason).toList();
    }

    private static AlertReason reason(Reason r) {
        return new AlertReason(r.particular().name().toLowerCase(Locale.ROOT), r.verdict().name().toLowerCase(Locale.ROOT),
                r.level(), r.caseValue(), r.candidateValue(), Math.round(r.weight() * 100) / 100.0);
    }

    private static AlertReason militaryReason(InquiryParticulars sought, Person row, boolean same) {
        return new AlertReason("military_id", same ? "agree" : "disagree", same ? "exact" : "different",
                sought.text(InquiryField.MILITARY_ID), row.militaryId(), same ? 20 : -1);
    }

    private static void unit(InquiryParticulars sought, Person row, List<AlertReason> reasons) {
        String ours = military(sought.text(InquiryField.UNIT));
        String theirs = military(row.unit());
        if (!ours.isEmpty() && !theirs.isEmpty()) {
            boolean same = ours.equals(theirs);
            reasons.add(new AlertReason("unit", same ? "agree" : "disagree", same ? "exact" : "different",
                    sought.text(InquiryField.UNIT), row.unit(), 0));
        }
    }

    /** An id or unit as compared: letters and digits only, upper case. */
    private static String military(String raw) {
        return raw.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    /** The person sought as the search reads a case: one name line ("surname given-name [patronymic]"). */
    private static ChildRecord sought(InquiryParticulars p, String name) {
        String[] w = name.strip().isEmpty() ? new String[0] : name.strip().split("\\s+");
        return new ChildRecord("sought", cut(w.length > 0 ? w[0] : ""), cut(w.length > 1 ? w[1] : ""),
                cut(w.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length)) : ""),
                p.text(InquiryField.SEX), p.text(InquiryField.BIRTH_DATE), cut(p.text(InquiryField.BIRTH_PLACE)),
                "", "", "", "");
    }

    /** A list's row as a candidate, under its row id. */
    static ChildRecord record(Person p) {
        String iso = p.birthDate().iso();
        return new ChildRecord(p.rowId(), cut(p.name().surname()), cut(p.name().givenName()), cut(p.name().patronymic()),
                p.sex().name(), iso.length() == 7 ? iso.substring(0, 4) : iso, cut(p.birthPlace()), "", "", "", "");
    }

    private static String cut(String s) {
        return s.length() > ChildRecord.MAX_FIELD ? s.substring(0, ChildRecord.MAX_FIELD) : s;
    }
}
