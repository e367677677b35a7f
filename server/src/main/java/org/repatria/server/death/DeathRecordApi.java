package org.repatria.server.death;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.death.DeathMessages.DeathRecordBatch;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.reads.Reads;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;

/**
 * The death records' JSON routes: the identification unit drafts and signs; the identifying party, the mediator and
 * (once relayed) the person's side read, print and export. Observers are refused by rule. Every read is recorded.
 */
public final class DeathRecordApi {
    static final String ALL = "/api/v1/death-records";
    private final DeathRegister register;

    /** The routes of {@code register}. */
    public DeathRecordApi(DeathRegister register) {
        this.register = register;
    }

    /** Every route with its rule. */
    public List<Route> routes() {
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        Rule readers = Rule.roles(Role.IDENTIFICATION, Role.PARTY_DESK, Role.MEDIATOR);
        return List.of(
                Route.api(GET, "/api/v1/identification/cases/{id}/death-record-draft", unit, "The particulars of a death"
                        + " record for a confirmed identification, prefilled from the request row and the bag's custody"
                        + " (or the latest record's, to correct it)", this::draft)
                        .withQuery(new Param("remains", "string", "remains sample id")).withReply(DeathRecordRequest.class),
                Route.api(POST, ALL + "/text", unit, "The canonical death record the unit would sign for these particulars;"
                        + " refused as the signing would be", call -> call.ctx().contentType("text/plain; charset=utf-8")
                        .result(register.text(call.account(), ApiJson.read(call.ctx(), DeathRecordRequest.class))))
                        .withBody(DeathRecordRequest.class),
                Route.api(POST, ALL, unit, "Log a death record the unit signed with its own key (a death-record document to"
                        + " the person's side); the mediator relays it", call -> call.ctx().status(201).json(register.sign(
                        call.account(), ApiJson.read(call.ctx(), DocumentMessages.Submit.class))))
                        .withBody(DocumentMessages.Submit.class).withReply(DeathRecordReply.class),
                Route.api(POST, ALL + "/server-held-signature", unit, "Sign a death record with the key the server holds for"
                        + " the unit's party and log it", call -> call.ctx().status(201).json(register.signWithServerHeldKey(
                        call.account(), ApiJson.read(call.ctx(), DeathRecordRequest.class))))
                        .withBody(DeathRecordRequest.class).withReply(DeathRecordReply.class),
                Route.api(POST, ALL + "/batch", unit, "Sign up to " + DeathRegister.MAX_BATCH + " death records with the"
                        + " server-held key: all are checked first (a refusal names records[i], nothing is recorded), then"
                        + " each is logged", call -> call.ctx().status(201).json(register.signAllWithServerHeldKey(
                        call.account(), ApiJson.read(call.ctx(), DeathRecordBatch.class).records())))
                        .withBody(DeathRecordBatch.class).withReplies(DeathRecordReply.class),
                Route.api(GET, ALL, readers, "The death records the caller may read, newest first (at most "
                        + DeathRegister.MAX_LIST + ")", this::list).withReplies(DeathRecordReply.class),
                Route.api(GET, ALL + "/export", readers, "The death records the caller may read as CSV (at most "
                        + DeathRegister.MAX_LIST + ")", this::csv),
                Route.api(GET, ALL + "/{id}", readers, "One death record with its particulars",
                        this::show).withReply(DeathRecordReply.class),
                Route.api(GET, ALL + "/{id}/pdf", readers, "One death record as a PDF in English, Ukrainian and Russian",
                        this::pdf));
    }

    private void draft(AdmittedRequest call) {
        DeathRecordRequest d = register.draft(call.account(), call.ctx().pathParam("id"), call.ctx().queryParam("remains"));
        Reads.persons(call, List.of(d.caseId(), d.remains()), 1);
        call.ctx().json(d);
    }

    private void list(AdmittedRequest call) {
        List<DeathRecordReply> records = register.list(call.account());
        Reads.persons(call, records.stream().map(DeathRecordReply::envelopeId).toList(), records.size());
        call.ctx().json(records);
    }

    private void csv(AdmittedRequest call) {
        List<DeathRecordReply> records = register.list(call.account());
        Reads.persons(call, records.stream().map(DeathRecordReply::envelopeId).toList(), records.size());
        call.ctx().contentType("text/csv; charset=utf-8").header("Content-Disposition",
                "attachment; filename=\"death-records.csv\"").result(register.csv(records));
    }

    private void show(AdmittedRequest call) {
        DeathRecordReply r = register.show(call.account(), call.ctx().pathParam("id"));
        Reads.persons(call, List.of(r.envelopeId()), 1);
        call.ctx().json(r);
    }

    private void pdf(AdmittedRequest call) {
        byte[] pdf = register.pdf(call.account(), call.ctx().pathParam("id"));
        Reads.persons(call, List.of(call.ctx().pathParam("id")), 1);
        call.ctx().contentType("application/pdf").header("Content-Disposition",
                "attachment; filename=\"death-record.pdf\"").result(pdf);
    }
}
