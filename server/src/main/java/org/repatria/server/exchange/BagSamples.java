package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.BagContents;
import org.repatria.core.handover.RemainsCount;
import org.repatria.core.handover.SampleCustody;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.SampleMessages.BagReply;
import org.repatria.server.exchange.SampleMessages.CountReply;
import org.repatria.server.exchange.SampleMessages.FoundIn;
import org.repatria.server.exchange.SampleMessages.PersonBags;
import org.repatria.server.exchange.SampleMessages.SampleReply;
import org.repatria.server.exchange.SampleMessages.StepRequest;
import org.repatria.server.exchange.SampleMessages.TakeRow;
import org.repatria.server.exchange.SampleMessages.TrancheCount;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredSample;

/**
 * Samples taken from received body bags (issue 16, docs/decisions/0173): the receiving side's identification unit
 * records them (all or none) and adds each one's steps — sent, typed (its profile in a DNA case), identified as a
 * person; the two sides and the mediator read a bag's samples, the bags a person was found in, and the remains counted
 * as persons, bags and samples. Which DNA case holds a profile is shown to the holding party's unit alone.
 */
public final class BagSamples {
    private final Store store;
    private final AgreementAccess agreements;
    private final SampleSteps steps;
    private final Clock clock;

    BagSamples(Store store, AgreementAccess agreements, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.steps = new SampleSteps(store, lifecycle, clock);
        this.clock = clock;
    }

    /** Records samples taken from bags the caller's side received; JSON rows are named {@code samples[i].field}. */
    public List<SampleReply> take(Account caller, String id, List<TakeRow> rows) {
        return take(caller, id, rows, (i, f) -> "samples[" + i + "]." + f);
    }

    /**
     * Records the samples of a CSV file in the layout {@link SampleSheet} reads ({@code sample_id,body_tag,where,note});
     * a refusal names the file's line and field.
     */
    public List<SampleReply> takeCsv(Account caller, String id, byte[] csv) {
        return take(caller, id, SampleSheet.read(csv), (i, f) -> "line " + (i + 2) + ", " + f);
    }

    private List<SampleReply> take(Account caller, String id, List<TakeRow> rows, SampleRows.FieldName name) {
        AcceptedAgreement loaded = side(caller, id);
        List<ReceivedBags.Bag> bags = ReceivedBags.of(store, loaded);
        Set<String> ids = new HashSet<>();
        rows.stream().limit(SampleRows.MAX_ROWS).filter(r -> r != null && r.sampleId() != null)
                .forEach(r -> ids.add(r.sampleId().strip()));
        Map<String, StoredSample> held = store.samples().find(caller.party(), ids).stream()
                .collect(Collectors.toMap(StoredSample::id, Function.identity()));
        Instant now = clock.instant();
        List<StoredSample> taken = SampleRows.check(rows, bags, caller.party(), held, loaded.id(), caller.username(), now, name);
        Refusals.translate(() -> store.samples().take(caller.party(), loaded.id(), taken));
        Map<String, Integer> tranche = tranches(bags);
        return taken.stream().map(s -> SampleChains.reply(SampleChains.chain(s), tranche.getOrDefault(s.bodyTag(), 0), true))
                .toList();
    }

    /** Adds the next step to one of the caller's side's samples; 404 when it has no such sample in the agreement. */
    public SampleReply step(Account caller, String id, String sampleId, StepRequest request) {
        AcceptedAgreement loaded = side(caller, id);
        return steps.add(caller, loaded, sampleId, request, tranches(ReceivedBags.of(store, loaded)));
    }

    /** A bag's samples and what each was identified as; the two sides and the mediator. */
    public BagReply bag(Account reader, String id, String tag) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        ReceivedBags.Bag bag = ReceivedBags.of(store, loaded).stream().filter(b -> b.tag().equals(tag.strip())).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("no body bag tagged '" + tag + "' crossed in agreement " + id));
        boolean cases = showsCases(reader, bag.receiver());
        List<SampleReply> samples = store.samples().of(bag.receiver(), loaded.id()).stream()
                .filter(s -> s.bodyTag().equals(bag.tag())).map(s -> SampleChains.reply(SampleChains.chain(s), bag.tranche(), cases))
                .toList();
        return new BagReply(bag.tag(), bag.tranche(), bag.label().map(p -> p.list().toString()).orElse(""),
                bag.label().map(PersonRef::rowId).orElse(""), samples);
    }

    /** Every person a sample was identified as, with every bag they were found in. */
    public List<PersonBags> persons(Account reader, String id) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        List<ReceivedBags.Bag> bags = ReceivedBags.of(store, loaded);
        Map<String, Integer> tranche = tranches(bags);
        Map<PersonRef, Map<String, List<String>>> found = new LinkedHashMap<>();
        for (PartyId receiver : bags.stream().map(ReceivedBags.Bag::receiver).distinct().toList()) {
            for (StoredSample s : store.samples().of(receiver, loaded.id())) {
                SampleChains.chain(s).identifiedAs().ifPresent(p -> found.computeIfAbsent(p, k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.bodyTag(), k -> new ArrayList<>()).add(s.id()));
            }
        }
        List<PersonBags> out = new ArrayList<>();
        found.forEach((p, byBag) -> out.add(new PersonBags(p.list().toString(), p.rowId(), byBag.entrySet().stream()
                .map(e -> new FoundIn(e.getKey(), tranche.getOrDefault(e.getKey(), 0), List.copyOf(e.getValue()))).toList())));
        return out;
    }

    /** The remains counted as persons, bags and samples, over the agreement and tranche by tranche. */
    public CountReply count(Account reader, String id) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        List<ReceivedBags.Bag> bags = ReceivedBags.of(store, loaded);
        Map<String, List<SampleCustody>> byTag = new LinkedHashMap<>();
        for (PartyId receiver : bags.stream().map(ReceivedBags.Bag::receiver).distinct().toList()) {
            store.samples().of(receiver, loaded.id()).forEach(s -> byTag.computeIfAbsent(s.bodyTag(), k -> new ArrayList<>())
                    .add(SampleChains.chain(s)));
        }
        Map<Integer, List<BagContents>> byTranche = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        for (ReceivedBags.Bag b : bags) {
            // One body in two bags under one tag: the first bag takes the tag's samples, so none counts twice.
            List<SampleCustody> samples = given.add(b.tag()) ? byTag.getOrDefault(b.tag(), List.of()) : List.of();
            byTranche.computeIfAbsent(b.tranche(), k -> new ArrayList<>()).add(new BagContents(b.tag(), b.label(), samples));
        }
        List<TrancheCount> tranches = byTranche.entrySet().stream()
                .map(e -> new TrancheCount(e.getKey(), RemainsCount.of(e.getValue()))).toList();
        return new CountReply(RemainsCount.of(byTranche.values().stream().flatMap(List::stream).toList()), tranches);
    }

    private AcceptedAgreement side(Account caller, String id) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        if (!loaded.agreement().isParty(caller.party())) {
            throw HttpProblem.forbidden("only the side that received the bags records their samples in " + id);
        }
        if (caller.role() != Role.IDENTIFICATION) {
            throw HttpProblem.forbidden("samples are recorded by the receiving side's identification unit");
        }
        return loaded;
    }

    private static boolean showsCases(Account reader, PartyId holder) {
        return reader.role() == Role.IDENTIFICATION && reader.party().equals(holder);
    }

    private static Map<String, Integer> tranches(List<ReceivedBags.Bag> bags) {
        Map<String, Integer> out = new LinkedHashMap<>();
        bags.forEach(b -> out.putIfAbsent(b.tag(), b.tranche()));
        return out;
    }
}
