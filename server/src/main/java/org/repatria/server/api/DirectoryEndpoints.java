package org.repatria.server.api;

import org.repatria.server.access.ListAccess;
import org.repatria.server.dashboard.DashboardFigures;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;

/** Who the caller is, who the parties are, and the caller's dashboard figures. */
final class DirectoryEndpoints {
    private final Store store;
    private final ListAccess access;

    DirectoryEndpoints(Store store, ListAccess access) {
        this.store = store;
        this.access = access;
    }

    void me(AdmittedRequest call) {
        call.ctx().json(ApiReplies.Me.of(call.account()));
    }

    void parties(AdmittedRequest call) {
        call.ctx().json(store.parties().all().stream().map(ApiReplies.PartyReply::of).toList());
    }

    void stats(AdmittedRequest call) {
        call.ctx().json(ApiReplies.Stats.of(DashboardFigures.of(call.account(), access.visible(call.account()), access.signed())));
    }
}
