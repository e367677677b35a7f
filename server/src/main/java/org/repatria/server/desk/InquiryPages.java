package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.inquiry.Inquiries;
import org.repatria.server.inquiry.InquiryView;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** Families' inquiries on the desk: the desk's inquiries with their new alerts, the form, one inquiry's page. */
final class InquiryPages {
    private static final String ONE = "/desk/inquiries/{id}";
    private final Inquiries inquiries;
    private final PageFactory pages;
    private final Templates templates;

    InquiryPages(Inquiries inquiries, PageFactory pages, Templates templates) {
        this.inquiries = inquiries;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, "/desk/inquiries", desks, "The inquiries the desk holds, with their new alerts, and the"
                        + " form for a new one", call -> index(call, Map.of(), Optional.empty())),
                Route.desk(POST, "/desk/inquiries", desks, "Record a family's inquiry", this::record),
                Route.desk(GET, ONE, desks, "An inquiry the desk holds: particulars, status, alerts with reasons,"
                        + " history; each read recorded", call -> one(call, inquiries.open(call.account(), id(call)),
                        Optional.empty(), Optional.empty())),
                Route.desk(POST, ONE + "/fields", desks, "Change an inquiry's particulars", this::edit),
                Route.desk(POST, ONE + "/status", desks, "Set an inquiry's status with the reason", this::status),
                Route.desk(POST, ONE + "/alerts/{alert}", desks, "Mark an alert seen, dismissed or confirmed", this::alert));
    }

    private void index(AdmittedRequest call, Map<String, String> typed, Optional<HttpProblem> refused) {
        Page page = pages.page(call.ctx(), call.identity(), "inquiry.title");
        templates.render(call.ctx(), "inquiries.jte", new InquiryViews.Index(refused.isPresent()
                ? page.refusing(refused.get().code()) : page, inquiries.held(call.account()),
                form(call.ctx(), "/desk/inquiries", typed, refused)));
    }

    private void one(AdmittedRequest call, InquiryView v, Optional<Map<String, String>> typed, Optional<HttpProblem> refused) {
        Page page = pages.page(call.ctx(), call.identity(), "inquiry.one");
        Map<String, String> values = typed.orElseGet(() -> {
            Map<String, String> stored = new LinkedHashMap<>();
            v.inquiry().particulars().values().forEach((f, value) -> stored.put(f.token(), value));
            return stored;
        });
        String href = "/desk/inquiries/" + v.inquiry().id();
        templates.render(call.ctx(), "inquiry.jte", new InquiryViews.One(refused.isPresent()
                ? page.refusing(refused.get().code()) : page, v, form(call.ctx(), href + "/fields", values,
                refused.filter(p -> typed.isPresent())), refused.filter(p -> typed.isEmpty()).map(p -> RefusalText.said(call.ctx(), p))));
    }

    private static InquiryViews.Form form(Context ctx, String action, Map<String, String> values, Optional<HttpProblem> refused) {
        return new InquiryViews.Form(action, values, refused.flatMap(HttpProblem::field), refused.map(p -> RefusalText.said(ctx, p)));
    }

    private void record(AdmittedRequest call) {
        Map<String, String> typed = typed(call.ctx());
        try {
            InquiryView v = inquiries.record(call.account(), typed);
            call.ctx().redirect("/desk/inquiries/" + v.inquiry().id(), HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            call.ctx().status(refusable(e));
            index(call, typed, Optional.of(e));
        }
    }

    private void edit(AdmittedRequest call) {
        Map<String, String> typed = typed(call.ctx());
        try {
            inquiries.edit(call.account(), id(call), typed);
            call.ctx().redirect("/desk/inquiries/" + id(call), HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            call.ctx().status(refusable(e));
            one(call, inquiries.open(call.account(), id(call)), Optional.of(typed), Optional.of(e));
        }
    }

    private void status(AdmittedRequest call) {
        try {
            inquiries.status(call.account(), id(call), call.ctx().formParam("status"), call.ctx().formParam("reason"));
            call.ctx().redirect("/desk/inquiries/" + id(call), HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            call.ctx().status(refusable(e));
            one(call, inquiries.open(call.account(), id(call)), Optional.empty(), Optional.of(e));
        }
    }

    private void alert(AdmittedRequest call) {
        try {
            inquiries.decide(call.account(), id(call), call.ctx().pathParam("alert"), call.ctx().formParam("state"));
            call.ctx().redirect("/desk/inquiries/" + id(call) + "#alerts", HttpStatus.SEE_OTHER);
        } catch (HttpProblem e) {
            call.ctx().status(refusable(e));
            one(call, inquiries.open(call.account(), id(call)), Optional.empty(), Optional.of(e));
        }
    }

    /** A refusal shown in place (bad input, a closed inquiry); any other (404) goes to the error page. */
    private static int refusable(HttpProblem e) {
        if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
            throw e;
        }
        return e.status();
    }

    private static Map<String, String> typed(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (InquiryField f : InquiryField.values()) {
            String v = ctx.formParam(f.token());
            if (v != null) {
                out.put(f.token(), v);
            }
        }
        return out;
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }
}
