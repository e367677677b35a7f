package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.MemberRequest;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheRequest;
import org.repatria.server.route.Call;
import org.repatria.server.route.Route;

/**
 * Editing a plan by hand: move persons between its tranches and submit it as a new version; the planner's checks
 * (parity, capacity) refuse a bad edit and the page shows their problems next to the edit, nothing stored.
 */
final class PlanEdits {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final Pages pages;
    private final Templates templates;

    PlanEdits(Exchange exchange, Pages pages, Templates templates) {
        this.exchange = exchange;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        String edit = HOME + "/{id}/plans/{number}/edit";
        return List.of(
                Route.desk(GET, edit, desks, "A plan version to edit by hand: each person's tranche",
                        call -> show(call, Optional.empty(), List.of())),
                Route.desk(POST, edit, desks, "Submit a hand-edited plan as a new version; a refused edit shows the"
                        + " plan's problems", this::submit));
    }

    private void show(Call call, Optional<NegotiationViews.Problem> problem, List<Integer> chosen) {
        Exchange.EditablePlan plan = exchange.editablePlan(call.account(), id(call), PlanPages.number(call));
        Page page = pages.page(call.ctx(), call.identity(), "plans.editTitle");
        List<Integer> numbers = plan.tranches().stream().map(TrancheRequest::number).toList();
        List<PlanViews.Member> members = new ArrayList<>();
        for (TrancheRequest t : plan.tranches()) {
            for (MemberRequest m : t.members()) {
                int i = members.size();
                String key = m.list() + "/" + m.row();
                members.add(new PlanViews.Member(i, key, plan.names().getOrDefault(key, key), m.basis(),
                        i < chosen.size() ? chosen.get(i) : t.number()));
            }
        }
        templates.render(call.ctx(), "plan-edit.jte", new PlanViews.Edit(page, id(call), PlanPages.number(call), numbers, members,
                HOME + "/" + id(call) + "/plans/" + PlanPages.number(call) + "/edit", HOME + "/" + id(call) + "/plans", problem));
    }

    private void submit(Call call) {
        Exchange.EditablePlan plan = exchange.editablePlan(call.account(), id(call), PlanPages.number(call));
        List<MemberRequest> all = plan.tranches().stream().flatMap(t -> t.members().stream()).toList();
        List<Integer> chosen = new ArrayList<>();
        List<TrancheRequest> edited = new ArrayList<>();
        try {
            for (int i = 0; i < all.size(); i++) {
                chosen.add(tranche(call, i));
            }
            for (TrancheRequest t : plan.tranches()) {
                List<MemberRequest> members = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (chosen.get(i) == t.number()) {
                        members.add(all.get(i));
                    }
                }
                edited.add(new TrancheRequest(t.number(), t.slot(), members));
            }
            exchange.proposePlan(call.account(), id(call), new PlanRequest(List.of(), edited, false));
        } catch (HttpProblem refused) {
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)), chosen);
            return;
        }
        call.ctx().redirect(HOME + "/" + id(call) + "/plans", HttpStatus.SEE_OTHER);
    }

    private static int tranche(Call call, int member) {
        String raw = Optional.ofNullable(call.ctx().formParam("tranche-" + member)).orElse("");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("tranche-" + member, "choose one of the plan's tranches, not '" + raw + "'");
        }
    }

    private static String id(Call call) {
        return call.ctx().pathParam("id");
    }
}
