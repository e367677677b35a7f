package org.repatria.server.exchange;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.exchange.SampleMessages.BagReply;
import org.repatria.server.exchange.SampleMessages.CountReply;
import org.repatria.server.exchange.SampleMessages.PersonBags;
import org.repatria.server.exchange.SampleMessages.SampleReply;
import org.repatria.server.exchange.SampleMessages.StepRequest;
import org.repatria.server.exchange.SampleMessages.TakeRequest;
import org.repatria.server.route.Route;

/**
 * The routes of samples taken from body bags (issue 16): the receiving side's identification unit records samples and
 * their steps; the two sides and the mediator read a bag's samples, whom they identify, and the counts. No route
 * carries a DNA profile; which case holds one is shown to the holding unit alone.
 */
public final class SampleApi {
    private static final String ONE = "/api/v1/agreements/{id}";
    private final BagSamples samples;

    /** The routes of {@code exchange}'s samples. */
    public SampleApi(Exchange exchange) {
        this.samples = exchange.samples();
    }

    /** Every route, each with its rule; who is a side, the receiver or the holder is decided inside. */
    public List<Route> routes() {
        Rule unit = Rule.roles(Role.IDENTIFICATION);
        Rule custody = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.IDENTIFICATION);
        return List.of(
                Route.api(POST, ONE + "/samples", unit, "Record samples taken from body bags the caller's side received"
                        + " (at most " + SampleRows.MAX_ROWS + "); all or none", call -> call.ctx().status(201).json(
                        samples.take(call.account(), id(call), Optional.ofNullable(ApiJson.read(call.ctx(), TakeRequest.class)
                                .samples()).orElse(List.of())))).withBody(TakeRequest.class).withReplies(SampleReply.class),
                Route.api(POST, ONE + "/samples/csv", unit, "Record samples from a CSV file posted as is"
                        + " (sample_id,body_tag[,where,note]); all or none", call -> call.ctx().status(201).json(
                        samples.takeCsv(call.account(), id(call), call.ctx().bodyAsBytes()))).withReplies(SampleReply.class),
                Route.api(POST, ONE + "/samples/{sample}/steps", unit, "Add a step to a sample's chain: sent, typed (its"
                        + " DNA case) or identified (whom)", call -> call.ctx().status(201).json(samples.step(call.account(),
                        id(call), call.ctx().pathParam("sample"), ApiJson.read(call.ctx(), StepRequest.class))))
                        .withBody(StepRequest.class).withReply(SampleReply.class),
                Route.api(GET, ONE + "/bags/{tag}/samples", custody, "A body bag's samples and what each was identified as",
                        call -> call.ctx().json(samples.bag(call.account(), id(call), call.ctx().pathParam("tag"))))
                        .withReply(BagReply.class),
                Route.api(GET, ONE + "/identified-bags", custody, "Every person samples were identified as, with every bag"
                        + " they were found in", call -> call.ctx().json(samples.persons(call.account(), id(call))))
                        .withReplies(PersonBags.class),
                Route.api(GET, ONE + "/remains-count", custody, "The remains counted as persons, bags and samples, over the"
                        + " agreement and tranche by tranche", call -> call.ctx().json(samples.count(call.account(), id(call))))
                        .withReply(CountReply.class));
    }

    private static String id(org.repatria.server.route.AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }
}
