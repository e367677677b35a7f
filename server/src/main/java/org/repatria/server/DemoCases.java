package org.repatria.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.store.Store;
import org.repatria.store.child.CandidateDecision;
import org.repatria.store.child.StoredPhoto;

/**
 * The demo's children's cases as the requesting side's child-protection account entered them: each case's particulars
 * (from the family) and photographs, stored beside the signed list so that no list changes, and the links it confirmed
 * between a case and the answer that located the child under another name.
 */
final class DemoCases {
    /** One case: the row, its particulars, and the photograph when the family gave one. */
    record Case(String rowId, CaseParticulars particulars, Optional<Photo> photo) {
    }

    /** A photograph: its media type, bytes and caption. */
    record Photo(String mediaType, byte[] content, String caption) {
    }

    /** A case linked to a candidate the child search puts forward (its key and label), confirmed at {@code at}. */
    record Link(String rowId, String candidate, String label, Instant at) {
    }

    private final Store store;
    private final String worker;

    /** Cases entered into {@code store} by the account {@code worker}. */
    DemoCases(Store store, String worker) {
        this.store = store;
        this.worker = worker;
    }

    /** Stores every case of {@code list} in one transaction, entered at {@code at}; returns how many photographs were stored. */
    int enter(ListId list, List<Case> cases, Instant at) {
        Map<String, CaseParticulars> particulars = new LinkedHashMap<>();
        Map<StoredPhoto, byte[]> photos = new LinkedHashMap<>();
        for (Case c : cases) {
            particulars.put(c.rowId(), c.particulars());
            c.photo().ifPresent(p -> {
                String id = UUID.nameUUIDFromBytes((list + "/" + c.rowId() + "/photo").getBytes(StandardCharsets.UTF_8)).toString();
                photos.put(new StoredPhoto(id, list, c.rowId(), p.mediaType(), p.caption(), p.content().length,
                        sha256(p.content()), worker, at), p.content());
            });
        }
        store.childCases().saveAll(list, particulars, photos, worker, at);
        return photos.size();
    }

    /**
     * Records the worker's confirmation of each link, as {@code tracing.ChildTracing.decide} records a confirmed
     * candidate (its checks passed: the answers were relayed, the cases open at the time).
     */
    void link(ListId list, List<Link> links) {
        links.forEach(l -> store.candidateDecisions().decide(new CandidateDecision(list, l.rowId(), l.candidate(), l.label(),
                true, worker, l.at())));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
