package org.repatria.server.child;

import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.child.ParticularsException;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;
import org.repatria.store.child.Closure;
import org.repatria.store.child.RecordPart;
import org.repatria.store.child.StoredPhoto;

/**
 * Children's cases, the one entry point (issue 13, item 4; docs/decisions/0147): each child row of a relayed request
 * list of children is a case, open until a reunification closes it. Its particulars and photographs are entered by the
 * requesting side's child workers and read by the child workers of both sides and the mediator; every read recorded.
 */
public final class ChildCases {
    /** The most characters of a closure's reference. */
    public static final int MAX_REFERENCE = 200;
    private final Store store;
    private final Clock clock;
    private final ListAccess access;
    private final ChildRecords records;

    /** Cases kept in {@code store}, dated by {@code clock}; lists and children's records guarded by {@code access}, {@code records}. */
    public ChildCases(Store store, Clock clock, ListAccess access, ChildRecords records) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.records = records;
    }

    /** One line of a list's cases: the row, the child's name and birth date, the case's status. */
    public record CaseLine(String rowId, String name, String birthDate, String status, boolean particulars) {
    }

    /**
     * The cases of a relayed request list of children, in the list's order; one recorded read of the list.
     *
     * @throws HttpProblem 404 when the list is hidden, absent or no relayed request list of children; 403 {@code children_only}
     */
    public List<CaseLine> cases(Account reader, String rawListId) {
        ListHeader list = caseList(reader, rawListId);
        Set<String> closed = store.childCases().closures(list.id()).stream().map(Closure::rowId).collect(Collectors.toSet());
        Set<String> entered = Set.copyOf(store.childCases().rowsWithParticulars(list.id()));
        List<CaseLine> lines = store.lists().persons(list.id()).stream().filter(p -> p.category() == Category.CHILD)
                .map(p -> new CaseLine(p.rowId(), p.name().full(), p.birthDate().iso(), closed.contains(p.rowId()) ? "closed" : "open",
                        entered.contains(p.rowId())))
                .toList();
        records.recordRead(reader, list, Optional.empty(), RecordPart.ROWS);
        return lines;
    }

    /**
     * A child's case; one recorded read of it.
     *
     * @throws HttpProblem 404 for a hidden list or a row that is no child's case; 403 {@code children_only}
     */
    public ChildCase open(Account reader, String rawListId, String rowId) {
        ChildCase c = load(reader, rawListId, rowId);
        records.recordRead(reader, c.list(), Optional.of(c.child().rowId()), RecordPart.CASE);
        return c;
    }

    /**
     * Replaces a case's particulars with {@code raw} (field token to value; an empty value clears it), for a child worker
     * of the requesting side; returns the case (not a recorded read: the writer sent what it sees).
     *
     * @throws HttpProblem 403 {@code requesting_side_only}; 409 {@code case_closed}; 400 naming a field that is unknown,
     *     too long or not a date
     */
    public ChildCase saveParticulars(Account worker, String rawListId, String rowId, Map<String, String> raw) {
        ChildCase c = writable(worker, rawListId, rowId);
        Map<CaseField, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            CaseField f = CaseField.ofToken(e.getKey()).orElseThrow(() -> HttpProblem.invalid(String.valueOf(e.getKey()),
                    "is not a case particular; use " + java.util.Arrays.stream(CaseField.values()).map(CaseField::token)
                            .collect(Collectors.joining(", "))));
            values.put(f, e.getValue());
        }
        CaseParticulars p;
        try {
            p = new CaseParticulars(values);
        } catch (ParticularsException e) {
            throw HttpProblem.invalid(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
        store.childCases().saveParticulars(c.list().id(), c.child().rowId(), p, worker.username(), clock.instant());
        return load(worker, rawListId, rowId);
    }

    /**
     * Stores a photograph of the child for a child worker of the requesting side.
     *
     * @throws HttpProblem 400 (field {@code photo}) unless a JPEG or PNG of at most 2 MiB; 422 {@code too_many_photos};
     *     403 {@code requesting_side_only}; 409 {@code case_closed}
     */
    public StoredPhoto addPhoto(Account worker, String rawListId, String rowId, String caption, byte[] bytes) {
        ChildCase c = writable(worker, rawListId, rowId);
        String text = caption == null ? "" : caption.strip();
        if (text.length() > 200) {
            throw HttpProblem.invalid("caption", "is " + text.length() + " characters; at most 200");
        }
        String type = Photographs.mediaType(bytes);
        if (c.photos().size() >= Photographs.MAX_PER_CASE) {
            throw HttpProblem.unprocessable("too_many_photos", "this case holds " + Photographs.MAX_PER_CASE
                    + " photographs already, the most it may");
        }
        StoredPhoto p = new StoredPhoto(UUID.randomUUID().toString(), c.list().id(), c.child().rowId(), type, text,
                bytes.length, sha256(bytes), worker.username(), clock.instant());
        store.childCases().addPhoto(p, bytes);
        return p;
    }

    /** A photograph and its bytes. */
    public record Photo(StoredPhoto photo, byte[] bytes) {
    }

    /**
     * One photograph of a case with its bytes; one recorded read of it.
     *
     * @throws HttpProblem 404 when the case has no such photograph; as {@link #open} otherwise
     */
    public Photo photo(Account reader, String rawListId, String rowId, String photoId) {
        ChildCase c = load(reader, rawListId, rowId);
        StoredPhoto p = store.childCases().photo(c.list().id(), c.child().rowId(), String.valueOf(photoId))
                .orElseThrow(() -> HttpProblem.notFound("this case has no photograph " + photoId));
        byte[] bytes = store.childCases().photoContent(p.id()).orElseThrow(() -> HttpProblem.notFound("no photograph " + photoId));
        records.recordRead(reader, c.list(), Optional.of(c.child().rowId()), RecordPart.PHOTO);
        return new Photo(p, bytes);
    }

    /**
     * Closes a child's case, as a reunification does (the reunification's record, such as its envelope id, is the
     * {@code reference}). A case closes once.
     *
     * @throws HttpProblem 404 when the row is no child's case; 409 {@code case_closed} when closed already;
     *     400 (field {@code reference}) when the reference is empty or longer than 200 characters
     */
    public Closure close(Account by, ListId list, String rowId, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > MAX_REFERENCE) {
            throw HttpProblem.invalid("reference", "name the record that closes the case in 1 to " + MAX_REFERENCE + " characters");
        }
        ListHeader header = store.lists().header(list).filter(ChildCases::holdsCases)
                .filter(h -> !store.lists().relayedTo(h.id()).isEmpty())
                .orElseThrow(() -> HttpProblem.notFound("list " + list + " is no relayed request list of children"));
        if (!store.lists().personsByRowId(header.id(), List.of(String.valueOf(rowId))).containsKey(String.valueOf(rowId))) {
            throw HttpProblem.notFound("list " + list + " has no row " + rowId);
        }
        Closure c = new Closure(list, rowId, by.username(), ref, clock.instant());
        try {
            store.childCases().close(c);
        } catch (DuplicateException e) {
            throw HttpProblem.conflict("case_closed", "the case of row " + rowId + " of list " + list + " is closed already;"
                    + " a child is reunified once");
        }
        return c;
    }

    /** The closure of a child's case, if it is closed. */
    public Optional<Closure> closed(ListId list, String rowId) {
        return store.childCases().closure(list, rowId);
    }

    /** Whether a list's rows are children's cases once it is relayed: a request list of children. */
    public static boolean holdsCases(ListHeader list) {
        return ChildRecords.isChildList(list) && list.purpose() == ListPurpose.REQUEST;
    }

    private ChildCase writable(Account worker, String rawListId, String rowId) {
        ChildCase c = load(worker, rawListId, rowId);
        if (worker.role() != Role.PARTY_DESK || !c.list().author().equals(worker.party())) {
            throw new HttpProblem(403, "requesting_side_only", "a case's particulars and photographs are entered by the"
                    + " child workers of the side that asked for the child (" + c.list().author() + ")", Optional.empty());
        }
        if (c.closure().isPresent()) {
            throw HttpProblem.conflict("case_closed", "this case is closed (" + c.closure().get().reference() + "); it changes no more");
        }
        return c;
    }

    private ChildCase load(Account reader, String rawListId, String rowId) {
        ListHeader list = caseList(reader, rawListId);
        String row = rowId == null ? "" : rowId;
        Person child = store.lists().personsByRowId(list.id(), List.of(row)).get(row);
        if (child == null || child.category() != Category.CHILD) {
            throw HttpProblem.notFound("list " + list.id() + " has no child's row " + rowId);
        }
        return new ChildCase(list, child, store.childCases().particulars(list.id(), row), CaseParticulars.fromList(child),
                store.childCases().photos(list.id(), row), store.childCases().closure(list.id(), row));
    }

    private ListHeader caseList(Account reader, String rawListId) {
        VisibleList v = access.require(reader, rawListId);
        if (!holdsCases(v.header()) || v.relayedTo().isEmpty()) {
            throw HttpProblem.notFound("list " + v.header().id() + " is no relayed request list of children, so it holds no cases");
        }
        records.requireReader(reader);
        return v.header();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
