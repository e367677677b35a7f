package org.repatria.bench.today;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.LogPosition;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.exchange.StoredNomination;
import org.repatria.store.exchange.StoredPlan;
import org.repatria.store.log.StoredDocument;

/**
 * Seeds a store directly (no HTTP, no signing: nothing on the append or reading path checks party signatures): lists of
 * {@code persons} rows split between ua and ru, {@code agreements} accepted agreements with deadlines spread around
 * today (70 % nominated by both sides, 15 % by ua only, 15 % by none; 40 % with a plan on the table, half of those
 * signed by ua), and {@code documents} documents on the log (memoranda both ways, each submitted, relayed and
 * acknowledged; the last 30 not acknowledged, the last 10 not relayed; 20 disputes, 10 answered). Seeded randomness.
 */
final class TodayWorld {
    static final PartyId UA = new PartyId("ua");
    static final PartyId RU = new PartyId("ru");
    static final PartyId TR = new PartyId("tr");
    private static final int LIST_ROWS = 10_000;
    private final Store store;
    private final SplittableRandom random = new SplittableRandom(17L);
    private final Instant now = Instant.now();

    TodayWorld(Store store) {
        this.store = store;
    }

    /** Lists of {@code persons} rows, half ua's and half ru's; the ids of each side's lists. */
    List<List<ListId>> persons(int persons) {
        List<ListId> ua = new ArrayList<>();
        List<ListId> ru = new ArrayList<>();
        for (int made = 0, n = 0; made < persons; made += LIST_ROWS, n++) {
            int rows = Math.min(LIST_ROWS, persons - made);
            PartyId author = n % 2 == 0 ? UA : RU;
            ListId id = new ListId(UUID.nameUUIDFromBytes(("today-bench-" + n).getBytes(StandardCharsets.UTF_8)));
            List<Person> people = new ArrayList<>(rows);
            for (int i = 1; i <= rows; i++) {
                people.add(new Person(String.valueOf(i), new PersonName("Коваленко" + random.nextInt(5000), "Іван", "Петрович"),
                        new PersonName("", "", ""), Sex.MALE, PartialDate.parseIso(String.valueOf(1960 + random.nextInt(45))),
                        "", "MI-" + (made + i), "", "", Category.POW));
            }
            store.lists().add(new PersonList(new ListHeader(id, author, ListPurpose.HOLDING, Category.POW, "bench " + n,
                    now.minusSeconds(86_400), rows), people));
            (author.equals(UA) ? ua : ru).add(id);
        }
        return List.of(ua, ru);
    }

    /** {@code count} accepted agreements between ua and ru, mediated by tr, nominated and planned as the class says. */
    void agreements(int count, List<List<ListId>> lists, List<String> relayedEnvelopes) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            String id = "bench-" + i;
            LocalDate nominationsBy = today.minusDays(30).plusDays(i % 60);
            Agreement a = new Agreement(new AgreementId(id), AgreementKind.PRISONERS, UA, RU, TR,
                    new Terms.FixedCounts(1000, 1000, Eligibility.anyoneOf(AgreementKind.PRISONERS.category()),
                            Set.of(Health.SERIOUSLY_WOUNDED_OR_SICK)), new Deadlines(nominationsBy, nominationsBy.plusDays(30)));
            String text = new String(AgreementText.render(a), StandardCharsets.UTF_8);
            store.exchanges().open(new StoredAgreement(id, AgreementKind.PRISONERS.name(), UA, RU, TR, now, OptionalInt.empty()),
                    new AgreementStep(1, AgreementStep.Kind.PROPOSAL, UA, hex(), text, "ua-desk", now));
            store.exchanges().accept(id, new AgreementStep(2, AgreementStep.Kind.ACCEPTANCE, RU, hex(), text, "ru-desk", now), 1);
            int share = i * 100 / count;
            if (share < 85) {
                nominate(id, UA, lists.get(0).get(i % lists.get(0).size()), (i * 1000) % LIST_ROWS);
            }
            if (share < 70) {
                nominate(id, RU, lists.get(1).get(i % lists.get(1).size()), (i * 1000) % LIST_ROWS);
            }
            if (share < 40) {
                store.exchanges().addPlan(id, new StoredPlan(1, "bench plan", Optional.empty(), "tr-desk", now), List.of());
                if (share < 20) {
                    store.exchanges().sign(id, new Signature("plan 1", UA, relayedEnvelopes.get(i), "ua-desk", now), List.of());
                }
            }
        }
    }

    private void nominate(String agreement, PartyId side, ListId list, int from) {
        List<StoredNomination> made = new ArrayList<>(1000);
        for (int r = 1; r <= 1000; r++) {
            made.add(new StoredNomination(side, new PersonRef(list, String.valueOf(from + r)), r, false, "fit", true, "",
                    Optional.empty(), side.value() + "-desk", now));
        }
        store.exchanges().nominate(agreement, made, List.of());
    }

    /** {@code count} documents on the log with their relays and acknowledgements; the envelope ids relayed, in order. */
    List<String> documents(int count) throws Exception {
        List<String> relayed = new ArrayList<>();
        List<String> memoranda = new ArrayList<>();
        List<String> disputes = new ArrayList<>();
        try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            List<CompletableFuture<LogPosition>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                PartyId author = i % 2 == 0 ? UA : RU;
                PartyId to = author.equals(UA) ? RU : UA;
                boolean dispute = i >= count - 40 && i < count - 20 && author.equals(RU) && !memoranda.isEmpty();
                boolean answer = i >= count - 20 && i < count - 10 && author.equals(UA) && !disputes.isEmpty();
                Optional<Digest> answers = dispute ? Optional.of(Digest.parseHex(memoranda.get(i % memoranda.size())))
                        : answer ? Optional.of(Digest.parseHex(disputes.removeFirst())) : Optional.empty();
                DocumentType type = dispute ? DocumentType.DISPUTE : answer ? DocumentType.ANSWER : DocumentType.MEMORANDUM;
                byte[] content = ("bench document " + i + " " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
                Envelope e = Envelope.of(type, author, List.of(to), content, now.minusSeconds(count - i), answers);
                String id = e.id().hex();
                if (type == DocumentType.MEMORANDUM) {
                    memoranda.add(id);
                } else if (dispute) {
                    disputes.add(id);
                }
                pending.add(log.append(entry(EntryKind.SUBMITTED, author, e), Optional.of(new StoredDocument(id, e.text(),
                        author, content))));
                if (i < count - 10) {
                    pending.add(log.append(entry(EntryKind.RELAYED, TR, e), Optional.empty()));
                    relayed.add(id);
                    if (i < count - 40) {
                        pending.add(log.append(entry(EntryKind.ACKNOWLEDGED, to, e), Optional.empty()));
                    }
                }
                if (pending.size() >= 3_000) {
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
                    pending.clear();
                }
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        }
        return relayed;
    }

    private LogEntry entry(EntryKind kind, PartyId signer, Envelope e) {
        byte[] signature = new byte[68];
        random.nextBytes(signature);
        String statement = new EntryStatement(kind, signer, KeyCustody.OWN, e.time(), e).text();
        return LogEntry.parse((statement + "\n\u2014 " + signer.value() + "-key " + Base64.getEncoder().encodeToString(signature)
                + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private String hex() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
