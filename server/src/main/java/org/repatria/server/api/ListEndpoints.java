package org.repatria.server.api;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.ListRelays;
import org.repatria.server.access.VisibleList;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Query;
import org.repatria.server.reads.Reads;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.list.RowPage;
import org.repatria.store.list.RowQuery;

/** Person lists: submit, list, read header and rows, relay. */
final class ListEndpoints {
    private static final int DEFAULT_LIMIT = 50;
    private final Store store;
    private final ListAccess access;
    private final ListRelays relays;
    private final Clock clock;
    private final ChildRecords children;

    ListEndpoints(Store store, ListAccess access, ListRelays relays, Clock clock) {
        this.store = store;
        this.children = new ChildRecords(store, clock);
        this.access = access;
        this.relays = relays;
        this.clock = clock;
    }

    void index(AdmittedRequest call) {
        call.ctx().json(access.visible(call.account()).stream().map(v -> ApiReplies.Header.of(v, call.account())).toList());
    }

    void submit(AdmittedRequest call) {
        Upload upload = ApiJson.read(call.ctx(), Upload.class);
        PersonList list = UploadCheck.toList(upload, call.account(), clock.instant());
        try {
            store.lists().add(list);
        } catch (DuplicateException e) {
            throw HttpProblem.conflict("duplicate_list", e.getMessage());
        }
        VisibleList stored = new VisibleList(list.header(), Set.of());
        call.ctx().status(201).header("Location", "/api/v1/lists/" + list.header().id())
                .json(ApiReplies.Header.of(stored, call.account()));
    }

    void header(AdmittedRequest call) {
        call.ctx().json(ApiReplies.Header.of(readable(call), call.account()));
    }

    void rows(AdmittedRequest call) {
        VisibleList list = readable(call);
        children.requirePersons(call.account(), list.header());
        RowQuery q = Query.rows(call.ctx(), DEFAULT_LIMIT);
        RowPage page = store.lists().rows(list.header().id(), q);
        children.recordRead(call.account(), list.header(), Optional.empty(), RecordPart.ROWS);
        Reads.list(call, list.header(), page.rows().size());
        call.ctx().json(ApiReplies.Rows.of(page, q));
    }

    void relay(AdmittedRequest call) {
        VisibleList list = readable(call);
        RequestBodies.Relay body = ApiJson.read(call.ctx(), RequestBodies.Relay.class);
        Set<PartyId> recipients = relays.relay(call.account(), list, body.to());
        call.ctx().json(new ApiReplies.Relayed(list.header().id().toString(), recipients.stream().map(PartyId::value).toList()));
    }

    private VisibleList readable(AdmittedRequest call) {
        return access.require(call.account(), call.ctx().pathParam("id"));
    }
}
