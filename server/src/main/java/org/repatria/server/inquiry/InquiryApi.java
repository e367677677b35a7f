package org.repatria.server.inquiry;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** The JSON routes of families' inquiries: the desk's inquiries, one inquiry, recording, editing, status, alerts. */
public final class InquiryApi {
    private static final String ONE = "/api/v1/inquiries/{id}";
    private final Inquiries inquiries;

    /** The routes over {@code inquiries}. */
    public InquiryApi(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    /** Every route, each with its authorization rule (which inquiry a desk holds is decided inside). */
    public List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.api(GET, "/api/v1/inquiries", desks, "The inquiries the caller's desk holds, newest first, each"
                                + " with its status and how many of its alerts are new",
                        call -> call.ctx().json(inquiries.held(call.account()).stream().map(InquiryMessages.LineReply::of)
                                .toList())).withReplies(InquiryMessages.LineReply.class),
                Route.api(POST, "/api/v1/inquiries", desks, "Record a family's inquiry, held by the caller's desk: who asks"
                                + " (asker_name, asker_relation, asker_contact, consent yes/no, consent_date) and the person"
                                + " sought (names one per line in any script, sex, birth_date, birth_place, military_id,"
                                + " unit, circumstances); checked at once against the lists the caller may read",
                        call -> call.ctx().status(201).json(InquiryMessages.InquiryReply.of(
                                inquiries.record(call.account(), fields(call)))))
                        .withBody(InquiryMessages.FieldsRequest.class).withReply(InquiryMessages.InquiryReply.class),
                Route.api(GET, ONE, desks, "An inquiry the caller's desk holds, with its history and alerts; each read"
                                + " recorded; any other desk is answered 404",
                        call -> call.ctx().json(InquiryMessages.InquiryReply.of(inquiries.open(call.account(), id(call)))))
                        .withReply(InquiryMessages.InquiryReply.class),
                Route.api(POST, ONE + "/fields", desks, "Replace an inquiry's particulars (fields left out are cleared);"
                                + " each changed field is written to its history",
                        call -> call.ctx().json(InquiryMessages.InquiryReply.of(inquiries.edit(call.account(), id(call),
                                fields(call))))).withBody(InquiryMessages.FieldsRequest.class)
                        .withReply(InquiryMessages.InquiryReply.class),
                Route.api(POST, ONE + "/status", desks, "Set an inquiry's status (open, answered, closed) with the reason",
                        this::status).withBody(InquiryMessages.StatusRequest.class).withReply(InquiryMessages.InquiryReply.class),
                Route.api(POST, ONE + "/alerts/{alert}", desks, "Mark an alert seen, dismissed or confirmed",
                        this::alert).withBody(InquiryMessages.AlertRequest.class).withReply(InquiryMessages.AlertReply.class));
    }

    private void status(AdmittedRequest call) {
        InquiryMessages.StatusRequest body = ApiJson.read(call.ctx(), InquiryMessages.StatusRequest.class);
        call.ctx().json(InquiryMessages.InquiryReply.of(inquiries.status(call.account(), id(call), body.status(),
                body.reason())));
    }

    private void alert(AdmittedRequest call) {
        InquiryMessages.AlertRequest body = ApiJson.read(call.ctx(), InquiryMessages.AlertRequest.class);
        call.ctx().json(InquiryMessages.AlertReply.of(inquiries.decide(call.account(), id(call),
                call.ctx().pathParam("alert"), body.state())));
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }

    private static java.util.Map<String, String> fields(AdmittedRequest call) {
        InquiryMessages.FieldsRequest body = ApiJson.read(call.ctx(), InquiryMessages.FieldsRequest.class);
        if (body.fields() == null) {
            throw HttpProblem.invalid("fields", "is required: an object of field to value");
        }
        return body.fields();
    }
}
