package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;
import org.repatria.server.death.DeathRegister;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.reads.Reads;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Death records on the desk: from a confirmed identification on the case page the unit checks the prefilled
 * particulars and signs the record with the key the server holds for its party; the mediator relays it from its relay
 * queue; the identifying party, the mediator and the person's side read it, print it and export the list as CSV.
 */
final class DeathPages {
    private static final String HOME = "/desk/death-records";
    private static final String FORM = "/desk/identification/cases/{id}/death-record";
    private final DeathRegister register;
    private final PageFactory pages;
    private final Templates templates;

    DeathPages(DeathRegister register, PageFactory pages, Templates templates) {
        this.register = register;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        Rule readers = Rule.roles(Role.IDENTIFICATION, Role.PARTY_DESK, Role.MEDIATOR);
        return List.of(
                Route.desk(GET, FORM, unit, "The death record form of a confirmed identification, prefilled", this::form),
                Route.desk(POST, FORM, unit, "Sign a death record with the server-held key and log it", this::sign),
                Route.desk(GET, HOME, readers, "The death records the reader may read", this::list),
                Route.desk(GET, HOME + ".csv", readers, "The death records the reader may read, as CSV", this::csv),
                Route.desk(GET, HOME + "/{id}", readers, "One death record", this::show),
                Route.desk(GET, HOME + "/{id}/report/{format}", readers, "One death record as a PDF in three languages"
                        + " (format pdf)", this::pdf));
    }

    private void form(AdmittedRequest call) {
        DeathRecordRequest draft = register.draft(call.account(), call.ctx().pathParam("id"), call.ctx().queryParam("remains"));
        Reads.persons(call, List.of(draft.caseId(), draft.remains()), 1);
        render(call, draft, Optional.empty());
    }

    private void sign(AdmittedRequest call) {
        Context ctx = call.ctx();
        DeathRecordRequest r = new DeathRecordRequest(ctx.pathParam("id"), ctx.formParam("remains"), ctx.formParam("side"),
                ctx.formParam("surname"), ctx.formParam("given_names"), ctx.formParam("patronymic"),
                ctx.formParam("birth_date"), ctx.formParam("service_number"), ctx.formParam("unit"), ctx.formParam("rank"),
                ctx.formParam("death_date"), ctx.formParam("death_place"), ctx.formParam("death_known_by"),
                ctx.formParam("death_cause"), ctx.formParam("remains_state"), ctx.formParam("remains_place"),
                ctx.formParam("corrects"));
        DeathRecordReply done;
        try {
            done = register.signWithServerHeldKey(call.account(), r);
        } catch (HttpProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            ctx.status(e.status());
            render(call, r, Optional.of(RefusalText.said(ctx, e)));
            return;
        }
        ctx.redirect(HOME + "/" + done.envelopeId(), HttpStatus.SEE_OTHER);
    }

    private void render(AdmittedRequest call, DeathRecordRequest r, Optional<String> error) {
        Page page = pages.page(call.ctx(), call.identity(), "death.form.title");
        templates.render(call.ctx(), "death-form.jte", new DeathViews.Form(error.isPresent() ? page.refusing("invalid") : page,
                call.ctx().pathParam("id"), r, DeathViews.fields(r), error));
    }

    private void list(AdmittedRequest call) {
        List<DeathRecordReply> records = register.list(call.account());
        Reads.persons(call, records.stream().map(DeathRecordReply::envelopeId).toList(), records.size());
        templates.render(call.ctx(), "death-records.jte", new DeathViews.Records(pages.page(call.ctx(), call.identity(),
                "death.list.title"), records));
    }

    private void csv(AdmittedRequest call) {
        List<DeathRecordReply> records = register.list(call.account());
        byte[] csv = register.csv(records);
        Reads.persons(call, records.stream().map(DeathRecordReply::envelopeId).toList(), records.size());
        call.ctx().contentType("text/csv; charset=utf-8").header("Content-Disposition",
                "attachment; filename=\"death-records.csv\"").result(csv);
    }

    private void show(AdmittedRequest call) {
        DeathRecordReply r = register.show(call.account(), call.ctx().pathParam("id"));
        Reads.persons(call, List.of(r.envelopeId()), 1);
        templates.render(call.ctx(), "death-record.jte", new DeathViews.One(pages.page(call.ctx(), call.identity(),
                "death.record.title"), r));
    }

    private void pdf(AdmittedRequest call) {
        if (!"pdf".equals(call.ctx().pathParam("format"))) {
            throw HttpProblem.invalid("format", "a death record prints as pdf");
        }
        byte[] pdf = register.pdf(call.account(), call.ctx().pathParam("id"));
        Reads.persons(call, List.of(call.ctx().pathParam("id")), 1);
        call.ctx().contentType("application/pdf").header("Content-Disposition",
                "attachment; filename=\"death-record.pdf\"").result(pdf);
    }
}
