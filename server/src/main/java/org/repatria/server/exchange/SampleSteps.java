package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.SampleCustody;
import org.repatria.core.handover.SampleStep;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.list.ListId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.SampleMessages.SampleReply;
import org.repatria.server.exchange.SampleMessages.StepRequest;
import org.repatria.store.Store;
import org.repatria.store.exchange.SampleRecord;
import org.repatria.store.exchange.StoredSample;

/**
 * One more step of a sample's chain: sent, typed (naming a DNA case of the caller's party whose remains file lists the
 * sample) or identified (naming whom; a received nominee of the agreement then moves to identified, as a bag's
 * identification moves them, docs/decisions/0114).
 */
final class SampleSteps {
    private final Store store;
    private final Lifecycle lifecycle;
    private final Clock clock;

    SampleSteps(Store store, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    SampleReply add(Account caller, AcceptedAgreement loaded, String rawId, StepRequest r, Map<String, Integer> tranches) {
        String sampleId = SampleRows.id(rawId, "sample_id");
        StoredSample stored = store.samples().find(caller.party(), List.of(sampleId)).stream()
                .filter(s -> s.agreementId().equals(loaded.id())).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("no sample " + sampleId + " of " + caller.party() + " in agreement "
                        + loaded.id() + "; record the sample (taken from its bag) before its later steps"));
        SampleStep.Kind kind = kind(r.kind());
        String where = SampleRows.text(r.where(), SampleRows.MAX_WHERE, "where");
        String note = SampleRows.text(r.note(), SampleRows.MAX_NOTE, "note");
        String caseId = kind == SampleStep.Kind.TYPED ? typedIn(caller, sampleId, r.caseId()) : "";
        Optional<PersonRef> who = kind == SampleStep.Kind.IDENTIFIED
                ? Optional.of(person(r.identifiedList(), r.identifiedRow())) : Optional.empty();
        Instant now = clock.instant();
        SampleCustody chain = Refusals.translate(() -> SampleChains.chain(stored));
        SampleStep step = new SampleStep(kind, now, caller.party(), where, note, caseId);
        SampleCustody next = Refusals.translate(() -> who.map(p -> chain.identify(p, step)).orElseGet(() -> chain.then(step)));
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, now);
        who.flatMap(p -> Optional.ofNullable(loaded.nominees(List.of(p)).get(p)))
                .filter(n -> batch.state(n.person()).orElse(PersonState.NOMINATED) == PersonState.RECEIVED)
                .ifPresent(n -> batch.move(n, PersonState.IDENTIFIED, caller, "identified from sample " + sampleId
                        + " of body " + stored.bodyTag()));
        SampleRecord record = new SampleRecord(stored.steps().size() + 1, kind.name(), where, note,
                caseId.isEmpty() ? Optional.empty() : Optional.of(caseId), who, caller.username(), now);
        Refusals.translate(() -> store.samples().step(caller.party(), loaded.id(), sampleId, record, batch.moves()));
        return SampleChains.reply(next, tranches.getOrDefault(stored.bodyTag(), 0), true);
    }

    /** The DNA case named for a typing: the caller's party's, and its remains file lists the sample. */
    private String typedIn(Account caller, String sampleId, String raw) {
        String caseId = Objects.requireNonNullElse(raw, "").strip();
        if (caseId.isEmpty()) {
            throw HttpProblem.invalid("case_id", "a typing names the DNA case that holds the sample's profile");
        }
        if (caseId.length() > 36 || store.cases().find(caller.party(), caseId).isEmpty()) {
            throw HttpProblem.invalid("case_id", "no DNA case " + caseId.substring(0, Math.min(36, caseId.length()))
                    + " of your party; load the case first");
        }
        boolean listed = store.cases().files(caseId).remains().lines().skip(1)
                .map(l -> l.split(",", -1)[0].strip().replace("\"", "")).anyMatch(sampleId::equals);
        if (!listed) {
            throw HttpProblem.invalid("case_id", "DNA case " + caseId + " lists no remains sample " + sampleId
                    + " in its remains file; type the sample in a case that holds its profile");
        }
        return caseId;
    }

    private static SampleStep.Kind kind(String raw) {
        String k = Objects.requireNonNullElse(raw, "").strip().toUpperCase(Locale.ROOT);
        return switch (k) {
            case "SENT" -> SampleStep.Kind.SENT;
            case "TYPED" -> SampleStep.Kind.TYPED;
            case "IDENTIFIED" -> SampleStep.Kind.IDENTIFIED;
            default -> throw HttpProblem.invalid("kind", "use sent, typed or identified (a sample is taken when recorded)");
        };
    }

    private static PersonRef person(String list, String row) {
        if (row != null && row.strip().length() > SampleRows.MAX_WHERE) {
            throw HttpProblem.invalid("identified_row", String.format(Locale.ROOT, "%,d characters, the limit is %,d",
                    row.strip().length(), SampleRows.MAX_WHERE));
        }
        try {
            return new PersonRef(ListId.parse(list == null ? "" : list), row == null ? "" : row);
        } catch (IllegalArgumentException | AgreementException e) {
            throw HttpProblem.invalid("identified_list", "an identification names whom: the list id (a UUID) and row");
        }
    }
}
