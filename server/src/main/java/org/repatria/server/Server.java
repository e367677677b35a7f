package org.repatria.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.api.Api;
import org.repatria.server.api.ApiJson;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.BearerTokens;
import org.repatria.server.auth.Credentials;
import org.repatria.server.body.BodyLimits;
import org.repatria.server.child.ChildApi;
import org.repatria.server.child.ChildCases;
import org.repatria.server.child.PermissionGrants;
import org.repatria.server.child.ReadLog;
import org.repatria.server.death.DeathRecordApi;
import org.repatria.server.death.DeathRegister;
import org.repatria.server.desk.Desk;
import org.repatria.server.dispute.DisputeApi;
import org.repatria.server.document.DocumentApi;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.dossier.Dossiers;
import org.repatria.server.error.Errors;
import org.repatria.server.error.JettyErrors;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.ExchangeApi;
import org.repatria.server.reads.Reads;
import org.repatria.server.reunification.ChildReturns;
import org.repatria.server.reunification.ReunificationApi;
import org.repatria.server.identification.IdentificationApi;
import org.repatria.server.inquiry.Inquiries;
import org.repatria.server.inquiry.InquiryApi;
import org.repatria.server.identification.Identifications;
import org.repatria.server.linkage.LinkageApi;
import org.repatria.server.linkage.Linkages;
import org.repatria.server.log.LogApi;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.openapi.OpenApi;
import org.repatria.server.person.PersonApi;
import org.repatria.server.person.Persons;
import org.repatria.server.request.RequestApi;
import org.repatria.server.request.Requests;
import org.repatria.server.route.Route;
import org.repatria.server.route.RouteGuard;
import org.repatria.server.route.RouteTable;
import org.repatria.server.tracing.ChildTracing;
import org.repatria.server.tracing.TracingApi;

/** The running HTTP server: the JSON API, its OpenAPI document, and the web desk, on one port. */
public final class Server {
    private final Javalin app;
    private final RouteTable routes;

    private final TransparencyLog log;
    private final Persons persons;
    private final Inquiries inquiries;

    private Server(Javalin app, RouteTable routes, TransparencyLog log, Persons persons, Inquiries inquiries) {
        this.app = app;
        this.routes = routes;
        this.log = log;
        this.persons = persons;
        this.inquiries = inquiries;
    }

    /**
     * Starts serving; returns once the port is bound. The store is the database's only log writer from then on, until
     * it is closed.
     *
     * @throws org.repatria.store.LogHeldException when another server holds the database's log; nothing was started
     */
    public static Server start(ServerConfig config) {
        var log = TransparencyLog.open(config.store(), config.clock());
        var persons = Persons.start(config.store(), config.clock());
        try {
            return start(config, log, persons);
        } catch (RuntimeException e) { // e.g. the port is taken: the log's writer thread must not outlive the attempt
            persons.close();
            log.close();
            throw e;
        }
    }

    private static Server start(ServerConfig config, TransparencyLog log, Persons persons) {
        var store = config.store();
        var authenticator = new Authenticator(store.accounts(), config.clock(), config.sessionIdle(), config.secureCookies());
        var factor = new org.repatria.server.auth.SecondFactor(store.secondFactors(), store.accounts(), config.clock()); // 0183
        var credentials = new Credentials(store.accounts(), factor, config.clock());
        var access = new ListAccess(store.lists());
        var listDocuments = new ListDocuments(store, log, config.clock());
        var api = new Api(store, config.clock(), credentials,
                new BearerTokens(store.accounts(), config.clock(), config.tokenLifetime()), access, listDocuments, factor);
        var exchange = new Exchange(store, log, config.clock());
        var desk = new Desk(store, config.clock(), authenticator, credentials, access, config.secureCookies(), log,
                listDocuments, exchange);
        AtomicReference<RouteTable> table = new AtomicReference<>();
        List<Route> all = new ArrayList<>(api.routes());
        all.addAll(new LogApi(store, log).routes());
        all.addAll(new DocumentApi(store, log, config.clock()).routes());
        all.addAll(new DisputeApi(store, log, config.clock()).routes());
        var dna = new Identifications(store, config.clock());
        all.addAll(new IdentificationApi(dna, access).routes());
        all.add(OpenApi.route(table::get, version()));
        all.addAll(desk.routes());
        all.addAll(desk.factorRoutes(factor)); // issue 17: the second factor (0183)
        all.addAll(desk.identificationRoutes(dna));
        var deaths = new DeathRegister(store, dna, log, config.clock());
        all.addAll(new DeathRecordApi(deaths).routes());
        all.addAll(desk.deathRoutes(deaths));
        var cta = new org.repatria.server.cta.CtaExport(store, deaths, config.clock()); // issue 17: the CTA export
        all.addAll(new org.repatria.server.cta.CtaApi(cta).routes());
        all.addAll(desk.ctaRoutes(cta));
        var linkages = new Linkages(store, access, config.clock());
        all.addAll(new LinkageApi(linkages).routes());
        all.addAll(desk.matchRoutes(linkages, access));
        all.addAll(desk.uploadRoutes());
        all.addAll(new ExchangeApi(exchange).routes());
        all.addAll(new org.repatria.server.exchange.SampleApi(exchange).routes()); // issue 16: samples
        all.addAll(desk.exchangeRoutes(exchange));
        var requests = new Requests(store, log, config.clock());
        all.addAll(new RequestApi(requests).routes());
        all.addAll(desk.requestRoutes(requests, exchange));
        all.addAll(desk.figureRoutes(new org.repatria.server.figures.Figures(store, exchange, requests, config.clock()))); // issue 17
        var children = new ChildRecords(store, config.clock());
        var childCases = new ChildCases(store, config.clock(), access, children);
        var readLog = new ReadLog(store, children);
        var grants = new PermissionGrants(store, children, config.clock());
        all.addAll(new ChildApi(grants, readLog, childCases).routes());
        all.addAll(desk.childRoutes(childCases, readLog, grants));
        var returns = new ChildReturns(store, exchange, log, config.clock(), childCases, children);
        all.addAll(new ReunificationApi(returns).routes());
        all.addAll(desk.returnRoutes(exchange, returns));
        var tracing = new ChildTracing(store, config.clock(), access, children, childCases);
        all.addAll(new TracingApi(tracing).routes());
        all.addAll(desk.tracingRoutes(tracing));
        var dossiers = new Dossiers(store, exchange, config.clock());
        all.addAll(new PersonApi(persons, dossiers, config.clock()).routes());
        all.addAll(desk.personRoutes(persons, dossiers));
        var inquiries = new Inquiries(store, config.clock(), access, children);
        all.addAll(new InquiryApi(inquiries).routes());
        all.addAll(desk.inquiryRoutes(inquiries));
        table.set(new RouteTable(all));
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            BodyLimits.configure(cfg); // no route takes a bigger body than a list file
            cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyErrors()));
            cfg.jsonMapper(new JavalinJackson3(ApiJson.mapper(), false));
            cfg.routes.before(ctx -> SecurityHeaders.apply(ctx, config.secureCookies()));
            new Errors(desk.errors()).install(cfg);
            new RouteGuard(authenticator).install(cfg, table.get());
            cfg.appData(Reads.KEY, Reads.of(store, config.clock())); // issue 15: the record of reads (0165)
        });
        app.start(config.host(), config.port());
        return new Server(app, table.get(), log, persons, inquiries.start());
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Every route the server answers, with its authorization rule. */
    public RouteTable routes() {
        return routes;
    }

    /** Stops serving and releases the port; the store stays open. */
    public void stop() {
        app.stop();
        persons.close();
        inquiries.close();
        log.close();
    }

    /** The person index and search: tests wait on {@link Persons#settle} for a list just stored to be joined. */
    public Persons persons() {
        return persons;
    }

    /** The verifiable log this server appends to and serves under /log/. */
    public TransparencyLog log() {
        return log;
    }

    private static String version() {
        return Optional.ofNullable(Server.class.getPackage().getImplementationVersion()).orElse("dev");
    }
}
