package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.demo.TruthPair;
import org.repatria.server.Client;
import org.repatria.server.DemoScenario;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;
import org.repatria.store.link.MatchRun;
import org.repatria.store.link.StoredLink;

/**
 * The demo scenario's parties, accounts and lists (seed 20250602, seeded by the same code as {@code repatria demo}, without
 * its exchanges, so this one plays its own on the same people) behind a running server, with each
 * side's desk signing its own documents ({@link Signer}) and the mediator relaying them.
 */
final class DemoExchange implements AutoCloseable {
    final Scenario scenario;
    final Store store;
    final Server server;
    final Signer ua;
    final Signer ru;
    final Client mediator;
    final Client observer;
    private final AtomicInteger entries = new AtomicInteger();

    /** Seeds an embedded store under {@code dir} (which the caller removes) and starts a server on a free port. */
    DemoExchange(Path dir) {
        store = Store.embedded(dir);
        scenario = DemoScenario.seedListsIfEmpty(store, new PrintStream(OutputStream.nullOutputStream()));
        server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
        entries.set(Math.toIntExact(server.log().checkpoint().checkpoint().size()));
        mediator = signIn(new PartyId("tr"), Role.MEDIATOR);
        observer = signIn(new PartyId("icrc"), Role.OBSERVER);
        ua = new Signer(new PartyId("ua"), signIn(new PartyId("ua"), Role.PARTY_DESK), mediator, entries);
        ru = new Signer(new PartyId("ru"), signIn(new PartyId("ru"), Role.PARTY_DESK), mediator, entries);
    }

    Client signIn(PartyId party, Role role) {
        DemoAccount a = scenario.accounts().stream().filter(x -> x.account().party().equals(party) && x.account().role() == role)
                .findFirst().orElseThrow();
        Client c = new Client(server.port());
        HttpResponse<String> r = c.postJson("/api/v1/auth/token", Signer.JSON.createObjectNode().put("username", a.account().username())
                .put("password", a.password()).toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return c.bearer(Client.json(r).get("token").asString());
    }

    /**
     * A finished match run of {@code holding} against the request naming its people, whose pairs a reviewer confirmed:
     * the scenario's ground truth, as the match desk would leave it. How many pairs it holds.
     */
    int confirmedMatches(PersonList holding) {
        List<TruthPair> pairs = scenario.truth().stream().filter(p -> p.holdingList().equals(holding.header().id())).toList();
        MatchRun run = new MatchRun("truth-" + holding.header().id(), holding.header().author(), holding.header().id(),
                pairs.getFirst().requestList(), "test", Instant.now(), MatchRun.State.RUNNING, "", pairs.size());
        store.runs().add(run);
        List<StoredLink> links = new ArrayList<>();
        for (TruthPair p : pairs) {
            links.add(new StoredLink(links.size(), p.holdingRow(), p.requestRow(), 0.99, false, "", StoredLink.Verdict.CONFIRMED,
                    Optional.of("test"), Optional.of(Instant.now())));
        }
        store.runs().finish(run.id(), links, pairs.size());
        return pairs.size();
    }

    /** The holding list {@code holder} keeps for the category's people. */
    PersonList holding(PartyId holder, Category category) {
        return scenario.list(holder, ListPurpose.HOLDING, category).orElseThrow();
    }

    /** Log entries so far: the demo's signed and relayed lists, then each submission and relay of this exchange. */
    int entries() {
        return entries.get();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
