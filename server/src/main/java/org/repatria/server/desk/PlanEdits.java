package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.MemberRequest;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.exchange.TrancheMessages.TrancheRequest;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Editing a plan by hand: change a tranche's date, crossing or capacity, move persons between tranches or into one
 * new tranche, and submit it as a new version; the planner's checks (parity, capacity) refuse a bad edit and the page
 * shows their problems next to the edit, nothing stored.
 */
final class PlanEdits {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final PageFactory pages;
    private final Templates templates;
    private final ListAccess access;

    PlanEdits(Exchange exchange, ListAccess access, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        String edit = HOME + "/{id}/plans/{number}/edit";
        return List.of(
                Route.desk(GET, edit, desks, "A plan version to edit by hand: each tranche's slot and each person's tranche",
                        call -> show(call, Optional.empty(), List.of())),
                Route.desk(POST, edit, desks, "Submit a hand-edited plan as a new version; a refused edit shows the"
                        + " plan's problems", this::submit));
    }

    private void show(AdmittedRequest call, Optional<NegotiationViews.Problem> problem, List<Integer> chosen) {
        Exchange.EditablePlan plan = exchange.editablePlan(call.account(), id(call), PlanPages.number(call));
        Page page = pages.page(call.ctx(), call.identity(), "plans.editTitle");
        int added = added(plan);
        List<PlanViews.Slot> slots = new ArrayList<>();
        for (TrancheRequest t : plan.tranches()) {
            slots.add(slot(call, t.number(), t.slot(), false));
        }
        slots.add(slot(call, added, SlotFields.BLANK, true));
        List<PlanViews.Member> members = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (TrancheRequest t : plan.tranches()) {
            for (MemberRequest m : t.members()) {
                int i = members.size();
                String key = m.list() + "/" + m.row();
                String title = titles.computeIfAbsent(m.list(), list -> title(call, list, page.t()));
                members.add(new PlanViews.Member(i, m.list(), m.row(), plan.names().getOrDefault(key, key),
                        page.t().format("plans.source", title, m.row()), CrossingWords.basis(page.t(), m.basis()),
                        i < chosen.size() ? chosen.get(i) : t.number()));
            }
        }
        templates.render(call.ctx(), "plan-edit.jte", new PlanViews.Edit(page, id(call), PlanPages.number(call), slots, members,
                HOME + "/" + id(call) + "/plans/" + PlanPages.number(call) + "/edit", HOME + "/" + id(call) + "/plans", problem));
    }

    /** A list's title when the reader may read the list; else words saying it is the other side's. */
    private String title(AdmittedRequest call, String list, Text t) {
        try {
            return access.readable(call.account(), ListId.parse(list)).map(v -> v.header().title())
                    .orElse(t.get("plans.otherList"));
        } catch (IllegalArgumentException e) {
            return t.get("plans.otherList");
        }
    }

    /**
     * Submits the edit: each tranche keeps its number with the slot as edited and the persons now chosen for it; the
     * added tranche is part of the plan only when somebody is moved into it.
     */
    private void submit(AdmittedRequest call) {
        Exchange.EditablePlan plan = exchange.editablePlan(call.account(), id(call), PlanPages.number(call));
        List<MemberRequest> all = plan.tranches().stream().flatMap(t -> t.members().stream()).toList();
        int added = added(plan);
        List<Integer> numbers = new ArrayList<>(plan.tranches().stream().map(TrancheRequest::number).toList());
        numbers.add(added);
        List<Integer> chosen = new ArrayList<>();
        try {
            for (int i = 0; i < all.size(); i++) {
                chosen.add(tranche(call, i, numbers));
            }
            List<TrancheRequest> edited = new ArrayList<>();
            for (TrancheRequest t : plan.tranches()) {
                edited.add(new TrancheRequest(t.number(), SlotFields.read(call.ctx(), t.number(), t.slot()),
                        chosenFor(t.number(), all, chosen)));
            }
            if (chosen.contains(added)) {
                edited.add(new TrancheRequest(added, SlotFields.requireComplete(
                        SlotFields.read(call.ctx(), added, SlotFields.BLANK), added), chosenFor(added, all, chosen)));
            }
            exchange.proposePlan(call.account(), id(call), new PlanRequest(List.of(), edited, false));
        } catch (HttpProblem refused) {
            show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)), chosen);
            return;
        }
        call.ctx().redirect(HOME + "/" + id(call) + "/plans", HttpStatus.SEE_OTHER);
    }

    private static List<MemberRequest> chosenFor(int number, List<MemberRequest> all, List<Integer> chosen) {
        List<MemberRequest> members = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen.get(i) == number) {
                members.add(all.get(i));
            }
        }
        return members;
    }

    /** The number a tranche added by this edit gets: one after the plan's last. */
    private static int added(Exchange.EditablePlan plan) {
        return plan.tranches().stream().mapToInt(TrancheRequest::number).max().orElse(0) + 1;
    }

    /** The slot as shown: after a refusal, what the form said; else the plan's. */
    private static PlanViews.Slot slot(AdmittedRequest call, int number, SlotRequest was, boolean added) {
        SlotRequest s;
        try {
            s = SlotFields.read(call.ctx(), number, was);
        } catch (HttpProblem unreadable) {
            s = was;
        }
        return new PlanViews.Slot(number, s.date(), s.crossing(), s.seats(), s.stretchers(), s.wagons(), s.bodiesPerWagon(), added);
    }

    /** The tranche chosen for member {@code member}: one of {@code numbers}, or the edit is refused naming the field. */
    private static int tranche(AdmittedRequest call, int member, List<Integer> numbers) {
        String raw = Optional.ofNullable(call.ctx().formParam("tranche-" + member)).orElse("");
        try {
            int n = Integer.parseInt(raw);
            if (numbers.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the field
        }
        throw HttpProblem.invalid("tranche-" + member, "choose one of the plan's tranches " + numbers + ", not '" + raw + "'");
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }
}
