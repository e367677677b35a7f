package org.repatria.store.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/**
 * Agreements and everything that runs them. Each public write is one action, stored in one transaction: all of it
 * or nothing. The caller (the server) decides who may read or write what.
 */
public final class Exchanges {
    private static final String MOVED_MEANWHILE = "another desk moved one of these persons meanwhile; nothing was stored:"
            + " reload and try again";
    private final Database db;

    public Exchanges(Database db) {
        this.db = db;
    }

    /** The signed counts of remains tranches (issue 16). */
    public Counts counts() {
        return new Counts(db);
    }

    /** Opens an agreement with its first proposal. */
    public void open(StoredAgreement agreement, AgreementStep proposal) {
        writeAlone("open agreement " + agreement.id(), opening(agreement, proposal));
    }

    /** {@link #open}'s rows, to store with the proposal's log entry. */
    public EntryRows opening(StoredAgreement agreement, AgreementStep proposal) {
        return EntryRows.of("agreement " + agreement.id() + " or envelope " + proposal.envelopeId() + " is already stored", h -> {
            AgreementRows.insert(h, agreement);
            AgreementRows.insertStep(h, agreement.id(), proposal);
        });
    }

    /** Adds a step (a counter-proposal, or an acceptance still awaiting another); a number or envelope taken is a duplicate. */
    public void addStep(String agreementId, AgreementStep step) {
        writeAlone("record step " + step.number() + " of agreement " + agreementId, step(agreementId, step));
    }

    /** {@link #addStep}'s rows, to store with the step's log entry. */
    public EntryRows step(String agreementId, AgreementStep step) {
        return EntryRows.of(stepTaken(agreementId, step), h -> AgreementRows.insertStep(h, agreementId, step));
    }

    /** Adds the acceptance of step {@code accepted} and fixes that step's text as the agreement's. */
    public void accept(String agreementId, AgreementStep acceptance, int accepted) {
        writeAlone("record the acceptance of agreement " + agreementId, acceptance(agreementId, acceptance, accepted));
    }

    /** {@link #accept}'s rows, to store with the acceptance's log entry. */
    public EntryRows acceptance(String agreementId, AgreementStep acceptance, int accepted) {
        return EntryRows.of(stepTaken(agreementId, acceptance), h -> {
            AgreementRows.insertStep(h, agreementId, acceptance);
            AgreementRows.accept(h, agreementId, accepted);
        });
    }

    private static String stepTaken(String agreementId, AgreementStep step) {
        return "step " + step.number() + " of agreement " + agreementId + " or envelope " + step.envelopeId()
                + " is already stored; reload the agreement";
    }

    public Optional<StoredAgreement> agreement(String id) {
        return db.read("read agreement " + id, h -> AgreementRows.find(h, id));
    }

    /** Every agreement, newest first. */
    public List<StoredAgreement> agreements() {
        return db.read("read the agreements", AgreementRows::all);
    }

    /** The negotiation, in order. */
    public List<AgreementStep> steps(String agreementId) {
        return db.read("read the negotiation of agreement " + agreementId, h -> AgreementRows.steps(h, agreementId));
    }

    /** Shows the agreement to an observer. */
    public void grant(String agreementId, PartyId observer) {
        db.write("grant " + observer + " agreement " + agreementId, observer + " was granted agreement " + agreementId
                + " already", h -> {
                    AgreementRows.grant(h, agreementId, observer);
                    return null;
                });
    }

    public List<PartyId> grants(String agreementId) {
        return db.read("read the grants of agreement " + agreementId, h -> AgreementRows.grants(h, agreementId));
    }

    /** Stores a side's nominations and their first lifecycle moves together. */
    public void nominate(String agreementId, List<StoredNomination> nominations, List<StoredMove> moves) {
        db.write("store " + nominations.size() + " nominations for agreement " + agreementId,
                "a person is already nominated for agreement " + agreementId + ", or " + MOVED_MEANWHILE, h -> {
                    NominationRows.insert(h, agreementId, nominations);
                    MoveRows.apply(h, agreementId, moves);
                    return null;
                });
    }

    /** The next free priority of {@code party}'s nominations (1 when it has none). */
    public int nextPriority(String agreementId, PartyId party) {
        return db.read("read the nominations of agreement " + agreementId, h -> NominationRows.nextPriority(h, agreementId, party));
    }

    /** Every nomination, by side and priority. */
    public List<StoredNomination> nominations(String agreementId) {
        return db.read("read the nominations of agreement " + agreementId, h -> NominationRows.all(h, agreementId));
    }

    /** When each side that nominated made its first nomination (to the second): the terms' nominations deadline met. */
    public Map<PartyId, Instant> firstNominations(String agreementId) {
        return db.read("read the first nominations of agreement " + agreementId, h -> NominationRows.first(h, agreementId));
    }

    /**
     * The ids of the agreements that nominate {@code person}, in id order: an agreement names a person in its plans,
     * moves and custody only once nominated. The caller decides who may learn of them.
     */
    public List<String> agreementsNominating(PersonRef person) {
        return db.read("read the agreements nominating " + person, h -> h.createQuery("SELECT DISTINCT agreement_id"
                        + " FROM nominations WHERE list_id = ? AND row_id = ? ORDER BY agreement_id")
                .bind(0, person.list().toString()).bind(1, person.rowId()).mapTo(String.class).list());
    }

    /** Stores a new version of the plan with its members; the number it got. */
    public int addPlan(String agreementId, StoredPlan plan, List<TrancheMember> members) {
        return db.write("store a tranche plan for agreement " + agreementId, "another plan was stored meanwhile; try again",
                h -> PlanRows.insert(h, agreementId, plan, members));
    }

    /** Every version of the plan, oldest first. */
    public List<StoredPlan> plans(String agreementId) {
        return db.read("read the plans of agreement " + agreementId, h -> PlanRows.all(h, agreementId));
    }

    /** Plan {@code number}; empty when the agreement has none such. */
    public Optional<StoredPlan> plan(String agreementId, int number) {
        return db.read("read plan " + number + " of agreement " + agreementId, h -> PlanRows.one(h, agreementId, number));
    }

    /** The plan in force: the latest accepted version; empty while none was accepted. */
    public Optional<StoredPlan> planInForce(String agreementId) {
        return db.read("read the plan in force of agreement " + agreementId, h -> PlanRows.inForce(h, agreementId));
    }

    /** Who plan {@code number} puts in which tranche. */
    public List<TrancheMember> members(String agreementId, int number) {
        return db.read("read plan " + number + " of agreement " + agreementId, h -> PlanRows.members(h, agreementId, number));
    }

    /** Applies lifecycle moves, all or none; {@link StaleStateException} when a person is no longer where a move starts. */
    public void move(String agreementId, List<StoredMove> moves) {
        db.write("record " + moves.size() + " lifecycle moves in agreement " + agreementId, MOVED_MEANWHILE, h -> {
            MoveRows.apply(h, agreementId, moves);
            return null;
        });
    }

    /** Every person's current state in the agreement. */
    public Map<PersonRef, String> states(String agreementId) {
        return db.read("read the lifecycle states of agreement " + agreementId, h -> MoveRows.states(h, agreementId));
    }

    /** Every move in the agreement, in time order. */
    public List<StoredMove> history(String agreementId) {
        return db.read("read the lifecycle history of agreement " + agreementId, h -> MoveRows.history(h, agreementId));
    }

    /** One person's moves, in order. */
    public List<StoredMove> history(String agreementId, PersonRef person) {
        return db.read("read the lifecycle history of " + person, h -> MoveRows.history(h, agreementId, person));
    }

    /** Stores what the crossing saw of one tranche, the discrepancies it found, and the moves it makes, together. */
    public void recordHandover(String agreementId, List<HandoverCheck> checks, List<Discrepancy> found, List<StoredMove> moves) {
        db.write("record a handover check in agreement " + agreementId, "another check was recorded meanwhile, or "
                + MOVED_MEANWHILE, h -> {
                    HandoverRows.insertChecks(h, agreementId, checks);
                    return findings(h, agreementId, found, moves);
                });
    }

    /** Everything recorded at the crossing for one tranche, in order. */
    public List<HandoverCheck> checks(String agreementId, int tranche) {
        return db.read("read the handover checks of tranche " + tranche, h -> HandoverRows.checks(h, agreementId, tranche));
    }

    /** Every discrepancy of the agreement, by tranche. */
    public List<Discrepancy> discrepancies(String agreementId) {
        return db.read("read the discrepancies of agreement " + agreementId, h -> HandoverRows.discrepancies(h, agreementId));
    }

    /** Records a party's signature on a text both sides sign, with the moves it makes; a second one by the party is a duplicate. */
    public void sign(String agreementId, Signature signature, List<StoredMove> moves) {
        writeAlone("record the signature of " + signature.party() + " on " + signature.subject(), signatureRows(agreementId,
                signature, OptionalInt.empty(), Optional.empty(), moves));
    }

    /** Records a signature in place {@code place} of its subject, with the moves it makes (see {@link #signature}). */
    public void sign(String agreementId, Signature signature, int place, List<StoredMove> moves) {
        writeAlone("record the signature of " + signature.party() + " on " + signature.subject(),
                signature(agreementId, signature, place, moves));
    }

    /**
     * The rows of {@code signature} in place {@code place} of its subject (1: the first signature, 2: the second), with
     * the moves it makes, to store with the signed document's log entry. A place or party that signed already is a
     * {@link org.repatria.store.DuplicateException}: of two signers claiming one place, on any number of servers, one wins.
     */
    public EntryRows signature(String agreementId, Signature signature, int place, List<StoredMove> moves) {
        return signatureRows(agreementId, signature, OptionalInt.of(place), Optional.empty(), moves);
    }

    /** As {@link #signature}, for the signature that completes an act: the act is stored with it. */
    public EntryRows signatureWithAct(String agreementId, Signature signature, int place, StoredAct act, List<StoredMove> moves) {
        return signatureRows(agreementId, signature, OptionalInt.of(place), Optional.of(act), moves);
    }

    private static EntryRows signatureRows(String agreementId, Signature signature, OptionalInt place, Optional<StoredAct> act,
                                       List<StoredMove> moves) {
        return EntryRows.of(signature.party() + " has signed " + signature.subject() + " of agreement " + agreementId
                + " already, or another signature took its place" + act.map(a -> ", or the tranche has an act").orElse("")
                + ", or " + MOVED_MEANWHILE, h -> {
                    SignatureRows.insert(h, agreementId, signature, place.orElseGet(() ->
                            SignatureRows.nextPlace(h, agreementId, signature.subject())));
                    act.ifPresent(a -> HandoverRows.insertAct(h, agreementId, a));
                    MoveRows.apply(h, agreementId, moves);
                });
    }

    /** Marks plan {@code number} accepted, naming the signed document that completed it, with the moves it makes. */
    public void acceptPlan(String agreementId, int number, String envelopeId, List<StoredMove> moves) {
        db.write("accept plan " + number + " of agreement " + agreementId, MOVED_MEANWHILE, h -> {
            PlanRows.accept(h, agreementId, number, envelopeId);
            MoveRows.apply(h, agreementId, moves);
            return null;
        });
    }

    /** Records the signature that completes an act, the act and the moves it makes, together. */
    public void signAndAddAct(String agreementId, Signature signature, StoredAct act, List<StoredMove> moves) {
        writeAlone("store the act of tranche " + act.tranche(), signatureRows(agreementId, signature, OptionalInt.empty(),
                Optional.of(act), moves));
    }

    /** The signatures on one subject, in signing order. */
    public List<Signature> signatures(String agreementId, String subject) {
        return db.read("read the signatures on " + subject, h -> SignatureRows.of(h, agreementId, subject));
    }

    /**
     * Appends a step to a body bag's chain of custody, with what it found (remains identified as someone other than
     * their label) and the moves it makes (identified), together; a step number taken is a duplicate.
     */
    public void addCustody(String agreementId, CustodyRecord step, List<Discrepancy> found, List<StoredMove> moves) {
        db.write("record a custody step of body " + step.bodyTag(), "step " + step.number() + " of body " + step.bodyTag()
                + " is recorded already, or " + MOVED_MEANWHILE, h -> {
                    CustodyRows.insert(h, agreementId, step);
                    return findings(h, agreementId, found, moves);
                });
    }

    /** Stores what a check at the crossing or a custody step found and the moves it makes, in the caller's transaction. */
    private static Void findings(Handle h, String agreementId, List<Discrepancy> found, List<StoredMove> moves) {
        HandoverRows.insertDiscrepancies(h, agreementId, found);
        MoveRows.apply(h, agreementId, moves);
        return null;
    }

    /** A body bag's recorded custody steps after its receipt, in order. */
    public List<CustodyRecord> custody(String agreementId, String bodyTag) {
        return db.read("read the custody of body " + bodyTag, h -> CustodyRows.of(h, agreementId, bodyTag));
    }

    /**
     * Where each of {@code agreements} stands for the desks' work lists (issue 17): who nominated (a side in
     * {@code nominatedKnown} is not probed again), the latest plan, the tranches recorded at the crossing, the
     * signatures; in one read, by index probes and two small queries.
     */
    public List<OpenState> openStates(List<StoredAgreement> agreements, Set<OpenState.Side> nominatedKnown) {
        return db.read("read where " + agreements.size() + " agreements stand", h -> OpenStateRows.of(h, agreements,
                nominatedKnown));
    }

    /** When each tranche's act was completed (both signatures), by tranche: the crossing's deadline met. */
    public Map<Integer, Instant> actTimes(String agreementId) {
        return db.read("read when the acts of agreement " + agreementId + " were completed", h -> HandoverRows.actTimes(h, agreementId));
    }

    /** The agreement's handover acts, by tranche. */
    public List<StoredAct> acts(String agreementId) {
        return db.read("read the handover acts of agreement " + agreementId, h -> HandoverRows.acts(h, agreementId));
    }

    /** Writes {@code rows} in a transaction of their own, without a log entry. */
    private void writeAlone(String what, EntryRows rows) {
        db.write(what, h -> {
            rows.write(h);
            return null;
        });
    }

    /**
     * What each of {@code envelopeIds} is in an exchange (a negotiation step, a plan or act signature), by envelope id;
     * ids of other documents are absent. Two queries per thousand ids, served by the envelope columns' unique indexes.
     */
    public Map<String, ExchangeDocument> documents(Collection<String> envelopeIds) {
        List<String> ids = envelopeIds.stream().distinct().toList();
        Map<String, ExchangeDocument> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            db.read("read what " + chunk.size() + " documents are in their exchanges", h -> {
                h.createQuery("SELECT envelope_id, agreement_id, step, step_no FROM agreement_steps WHERE envelope_id IN (<ids>)")
                        .bindList("ids", chunk).map((rs, ctx) -> new ExchangeDocument(rs.getString(1), rs.getString(2),
                                switch (AgreementStep.Kind.valueOf(rs.getString(3))) {
                                    case PROPOSAL -> ExchangeDocument.Role.PROPOSAL;
                                    case COUNTER -> ExchangeDocument.Role.COUNTER;
                                    case ACCEPTANCE -> ExchangeDocument.Role.ACCEPTANCE;
                                }, rs.getInt(4))).forEach(d -> found.put(d.envelopeId(), d));
                h.createQuery("SELECT envelope_id, agreement_id, subject FROM exchange_signatures WHERE envelope_id IN (<ids>)")
                        .bindList("ids", chunk).map((rs, ctx) -> signature(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .forEach(d -> d.ifPresent(x -> found.put(x.envelopeId(), x)));
                return null;
            });
        }
        return found;
    }

    // A signature's subject is "plan <n>" or "act <n>" (exchange_signatures); any other spelling names nothing we know.
    private static Optional<ExchangeDocument> signature(String envelopeId, String agreementId, String subject) {
        String[] parts = subject.split(" ", 2);
        if (parts.length != 2 || !parts[1].matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[1]);
        return switch (parts[0]) {
            case "plan" -> Optional.of(new ExchangeDocument(envelopeId, agreementId, ExchangeDocument.Role.PLAN_SIGNATURE, number));
            case "act" -> Optional.of(new ExchangeDocument(envelopeId, agreementId, ExchangeDocument.Role.ACT_SIGNATURE, number));
            default -> Optional.empty();
        };
    }
}
