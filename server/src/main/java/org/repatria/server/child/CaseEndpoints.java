package org.repatria.server.child;

import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.reads.Reads;
import org.repatria.store.child.StoredPhoto;

/** The JSON of children's cases: a list's cases, one case, its particulars and photographs. */
final class CaseEndpoints {
    private final ChildCases cases;

    CaseEndpoints(ChildCases cases) {
        this.cases = cases;
    }

    void list(AdmittedRequest call) {
        List<ChildCases.CaseLine> lines = cases.cases(call.account(), call.ctx().pathParam("id"));
        Reads.children(call, List.of(call.ctx().pathParam("id")), lines.size());
        call.ctx().json(lines.stream()
                .map(l -> new ChildMessages.CaseLineReply(l.rowId(), l.name(), l.birthDate(), l.status(), l.particulars()))
                .toList());
    }

    void show(AdmittedRequest call) {
        ChildCase c = cases.open(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"));
        Reads.children(call, List.of(c.list().id().toString(), c.child().rowId()), 1);
        call.ctx().json(reply(c));
    }

    void particulars(AdmittedRequest call) {
        ChildMessages.ParticularsRequest body = ApiJson.read(call.ctx(), ChildMessages.ParticularsRequest.class);
        if (body.particulars() == null) {
            throw HttpProblem.invalid("particulars", "is required: an object of field to value");
        }
        call.ctx().json(reply(cases.saveParticulars(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"),
                body.particulars())));
    }

    void addPhoto(AdmittedRequest call) {
        ChildMessages.PhotoRequest body = ApiJson.read(call.ctx(), ChildMessages.PhotoRequest.class);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body.content() == null ? "" : body.content());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "is not base64: " + e.getMessage());
        }
        StoredPhoto p = cases.addPhoto(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"), body.caption(), bytes);
        call.ctx().status(201).json(photo(p));
    }

    void photo(AdmittedRequest call) {
        ChildCases.Photo p = cases.photo(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"),
                call.ctx().pathParam("photo"));
        Reads.children(call, List.of(call.ctx().pathParam("id"), call.ctx().pathParam("row"), call.ctx().pathParam("photo")), 1);
        call.ctx().header("Cache-Control", "private, no-store").contentType(p.photo().mediaType()).result(p.bytes());
    }

    static ChildMessages.CaseReply reply(ChildCase c) {
        return new ChildMessages.CaseReply(c.list().id().toString(), c.child().rowId(), c.status(), c.child().name().full(),
                c.child().birthDate().iso(), c.child().birthPlace(), tokens(c.particulars()), tokens(c.fromList()),
                c.photos().stream().map(CaseEndpoints::photo).toList(),
                c.closure().map(x -> x.at().toString()).orElse(""), c.closure().map(x -> x.closedBy()).orElse(""),
                c.closure().map(x -> x.reference()).orElse(""));
    }

    static ChildMessages.PhotoReply photo(StoredPhoto p) {
        return new ChildMessages.PhotoReply(p.id(), p.mediaType(), p.caption(), p.size(), p.sha256(), p.addedBy(),
                p.at().toString(), "/api/v1/children/" + p.list() + "/cases/" + p.rowId() + "/photos/" + p.id());
    }

    private static Map<String, String> tokens(CaseParticulars p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CaseField f : CaseField.values()) {
            p.get(f).ifPresent(v -> out.put(f.token(), v));
        }
        return out;
    }
}
