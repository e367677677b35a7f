package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.child.ChildCases;
import org.repatria.server.child.PermissionGrants;
import org.repatria.server.child.ReadLog;
import org.repatria.server.access.ListRelays;
import org.repatria.server.access.Rule;
import org.repatria.server.account.Administration;
import org.repatria.server.account.PasswordChange;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.Credentials;
import org.repatria.server.dispute.Disputes;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.error.HtmlErrors;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.reunification.ChildReturns;
import org.repatria.server.identification.Identifications;
import org.repatria.server.linkage.Linkages;
import org.repatria.server.log.LogView;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.Requests;
import org.repatria.server.route.Route;
import org.repatria.server.today.WorkForToday;
import org.repatria.server.upload.ListUploads;
import org.repatria.store.Store;

/** The web desk: server-rendered pages in English, Ukrainian and Russian, as rows of the route table. */
public final class Desk {
    private final Authenticator authenticator;
    private final PageFactory pages;
    private final Templates templates = new Templates();
    private final LoginPages login;
    private final HomePage home;
    private final ListPages lists;
    private final DocumentPages documents;
    private final DocumentUpload documentUpload;
    private final UploadPages upload;
    private final ListExports exports;
    private final Store store;
    private final Clock clock;
    private final DocumentSteps steps;
    private final ListAccess access;
    private final DisputeThreads threads;
    private final RelayPages relays;
    private final LogPages log;
    private final WorkForToday today;
    private final AccountPages accounts;
    private final PasswordPages passwords;
    private final byte[] stylesheet = resource("/assets/desk.css");
    private final byte[] signer = resource("/assets/sign.js");

    public Desk(Store store, Clock clock, Authenticator authenticator, Credentials credentials, ListAccess access,
                boolean secureCookies, TransparencyLog log, ListDocuments listDocuments, Exchange exchange) {
        this.authenticator = authenticator;
        this.today = new WorkForToday(store, new Requests(store, log, clock), clock); // issue 17: work for today
        this.pages = new PageFactory(store, secureCookies, a -> today.of(a).size());
        ChildRecords supervisors = new ChildRecords(store, clock); // issue 17: accounts (0182)
        Administration administration = new Administration(store, clock, supervisors, authenticator);
        this.accounts = new AccountPages(administration, pages, templates);
        this.passwords = new PasswordPages(new PasswordChange(store, clock, credentials, authenticator), administration,
                authenticator, pages, templates);
        this.login = new LoginPages(authenticator, credentials, pages, templates, passwords);
        this.log = new LogPages(new LogView(store, log), exchange, access, pages, templates);
        this.home = new HomePage(access, pages, templates, this.log);
        ReceiptChecks receipts = new ReceiptChecks(new LogAuditor(log.verifier())); // issue 15: each receipt checked once
        this.threads = new DisputeThreads(new Disputes(store, log, clock), receipts);
        ListRelays listRelays = new ListRelays(store, clock, listDocuments);
        this.steps = new DocumentSteps(store, log, clock);
        ChildRecords children = new ChildRecords(store, clock);
        this.lists = new ListPages(store, access, listRelays, pages, templates,
                new ListSignatures(listDocuments, receipts, threads,
                        () -> log.checkpoint().checkpoint().size()), steps, children);
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.documents = new DocumentPages(store, log, steps, pages, templates, receipts);
        this.relays = new RelayPages(store, steps, listRelays, access, pages, templates);
        this.documentUpload = new DocumentUpload(steps);
        this.upload = new UploadPages(new ListUploads(store, clock), clock, pages, templates);
        this.exports = new ListExports(store, access, pages, children);
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>(pageRoutes());
        routes.addAll(new DisputePages(threads, clock, pages, templates).routes());
        routes.addAll(relays.routes());
        routes.addAll(log.routes());
        routes.addAll(new TodayPages(today, store, clock, pages, templates).routes());
        routes.addAll(accounts.routes()); // issue 17: accounts (0182)
        routes.addAll(passwords.routes());
        return List.copyOf(routes);
    }

    private List<Route> pageRoutes() {
        Rule anyone = Rule.anyone();
        Rule signedIn = Rule.signedIn();
        return List.of(
                Route.desk(GET, "/", anyone, "Go to the overview, or to the login page", login::root),
                Route.desk(GET, "/login", anyone, "The login form", login::form),
                Route.desk(POST, "/login", anyone, "Sign in; a new session starts", login::submit),
                Route.desk(POST, "/logout", signedIn, "Sign out", login::logout),
                Route.desk(GET, "/desk", signedIn, "The overview for the caller's role", home::show),
                Route.desk(GET, "/desk/lists", signedIn, "The lists the caller may read", lists::index),
                Route.desk(GET, "/desk/lists/{id}", signedIn, "One list, its rows paged, sorted and filtered", lists::show),
                Route.desk(GET, "/desk/lists/{id}/export/{format}", signedIn,
                        "Download a readable list as csv, xlsx or pdf, Latin beside Cyrillic", exports::download),
                Route.desk(POST, "/desk/lists/{id}/relay", Rule.roles(Role.MEDIATOR),
                        "Relay the signed list to one of its addressees, once the mediator confirms who will read it", lists::relay),
                Route.desk(POST, "/desk/lists/{id}/document", Rule.roles(Role.PARTY_DESK),
                        "Sign the party's list (in the browser, or with the server-held key): it goes on the log", lists::sign),
                Route.desk(GET, "/desk/documents", signedIn, "Outbox and inbox: each document's trail and receipts",
                        documents::show),
                Route.desk(POST, "/desk/documents", Rule.roles(Role.PARTY_DESK),
                        "Submit a document file with the entry the party signed for it (a detached signature)",
                        documentUpload::submit),
                Route.desk(POST, "/desk/documents/{id}/acknowledgement", Rule.roles(Role.PARTY_DESK),
                        "Acknowledge a relayed document with the party's signature (made in the browser)",
                        documents::acknowledge),
                Route.desk(GET, "/assets/sign.js", anyone, "Signs entries in the browser with the party's key (WebCrypto)",
                        call -> call.ctx().contentType("text/javascript; charset=utf-8")
                                .header("Cache-Control", "public, max-age=3600").result(signer)),
                Route.desk(GET, "/assets/desk.css", anyone, "The desk's stylesheet", call -> call.ctx()
                        .contentType("text/css; charset=utf-8").header("Cache-Control", "public, max-age=3600")
                        .result(stylesheet)));
    }

    /** The children's desk (cases, particulars, photographs) and the supervisors' record of reads. */
    public List<Route> childRoutes(ChildCases cases, ReadLog reads, PermissionGrants grants) {
        ChildRecords records = new ChildRecords(store, clock);
        List<Route> routes = new ArrayList<>(new ChildPages(cases, records, access, pages, templates,
                new CaseAnswers(store)).routes());
        routes.addAll(new PermissionPages(grants, records, pages, templates).routes());
        routes.addAll(new AccessLogPages(reads, store, pages, templates).routes());
        routes.addAll(new ReadPages(store, clock, pages, templates).routes()); // issue 15: the record of reads (0165)
        return List.copyOf(routes);
    }

    /**
     * Issue 17: the second factor (docs/decisions/0183): the sign-in's code or enrolment step, wired into the login
     * form, and the desk page where an account sets up its factor and a supervisor requires it and resets one.
     */
    public List<Route> factorRoutes(org.repatria.server.auth.SecondFactor factor) {
        FactorSignIn signIn = new FactorSignIn(authenticator, factor, store.accounts(), pages, templates);
        login.secondStep(signIn::divert);
        passwords.secondStep(signIn::divert);
        List<Route> routes = new ArrayList<>(signIn.routes());
        routes.addAll(new FactorPage(factor, new ChildRecords(store, clock), pages, templates).routes());
        return List.copyOf(routes);
    }

    /** A party desk's list upload (PARTY_DESK only). */
    public List<Route> uploadRoutes() {
        return upload.routes();
    }

    /** The identification unit's pages (IDENTIFICATION only). */
    public List<Route> identificationRoutes(Identifications dna) {
        return new IdentificationPages(dna, pages, templates).routes();
    }

    /** Death records of confirmed identifications: the unit's form, the readers' list, record, PDF and CSV (issue 16). */
    public List<Route> deathRoutes(org.repatria.server.death.DeathRegister register) {
        return new DeathPages(register, pages, templates).routes();
    }

    /** The CTA export's page and downloads (issue 17, item 4), for party desks. */
    public List<Route> ctaRoutes(org.repatria.server.cta.CtaExport export) {
        return new CtaPages(export, new ChildRecords(store, clock), pages, templates).routes();
    }

    /** A child's case's candidates under changed names (child workers and the mediator). */
    public List<Route> tracingRoutes(org.repatria.server.tracing.ChildTracing tracing) {
        return new TracingPages(tracing, pages, templates).routes();
    }

    /** Families' inquiries on the desk (party desks and the mediator's); the home page counts their new alerts. */
    public List<Route> inquiryRoutes(org.repatria.server.inquiry.Inquiries inquiries) {
        home.inquiryAlerts(inquiries::newAlerts);
        return new InquiryPages(inquiries, pages, templates).routes();
    }

    /** The match desk's pages (mediator and party desks). */
    public List<Route> matchRoutes(Linkages linkages, ListAccess access) {
        return new MatchPages(linkages, access, pages, templates).routes();
    }

    /**
     * The agreement pages: terms, progress, parity per tranche, the crossing's checklist, reports; and negotiating
     * (propose, counter, accept) with documents signed in the browser or with the server-held key.
     */
    public List<Route> exchangeRoutes(Exchange exchange) {
        NegotiationPages negotiation = new NegotiationPages(exchange, store, steps, clock, pages, templates);
        AgreementPages agreements = new AgreementPages(exchange, negotiation, pages, templates, steps, clock, threads,
                new CrossingPages(exchange, store, pages, templates));
        List<Route> routes = new ArrayList<>(agreements.routes());
        routes.addAll(agreements.crossingRoutes());
        routes.addAll(negotiation.routes());
        routes.addAll(new PlanPages(exchange, steps, clock, pages, templates).routes());
        routes.addAll(new PlanEdits(exchange, access, pages, templates).routes());
        routes.addAll(new NominationPages(exchange, store, access, pages, templates,
                new ChildRecords(store, clock)).routes());
        routes.addAll(new SamplePages(exchange, pages, templates).routes()); // issue 16: samples from body bags
        return List.copyOf(routes);
    }

    /** A child's return, page by child: the guardian check at the handover and the mediator's reunification record. */
    public List<Route> returnRoutes(Exchange exchange, ChildReturns returns) {
        return new ReturnPages(exchange, returns, pages, templates).routes();
    }

    /**
     * The request lists' pages: figures at a glance, one list's chart, rows and history; answering (on screen or from a
     * sheet, signed in the browser); the mediator's deadline and reminders.
     */
    public List<Route> requestRoutes(Requests requests, Exchange exchange) {
        RequestRows rows = new RequestRows(requests, store, new ChildRecords(store, clock));
        List<Route> routes = new ArrayList<>(new RequestPages(requests, rows, clock, pages, templates).routes());
        routes.addAll(new AnswerPages(requests, store, steps, exchange, clock, pages, templates).routes());
        return List.copyOf(routes);
    }

    /** Figures across exchanges: charts, tables and their CSV, XLSX and PDF (issue 17; mediator, party desks, observers). */
    public List<Route> figureRoutes(org.repatria.server.figures.Figures figures) {
        return new FigurePages(figures, pages, templates, clock).routes();
    }

    /** The person search and the person's page (issue 14): any signed-in account, through the rows it may read. */
    public List<Route> personRoutes(org.repatria.server.person.Persons persons,
                                    org.repatria.server.dossier.Dossiers dossiers) {
        return new PersonPages(persons, dossiers, clock, pages, templates).routes();
    }

    /** Error pages in the visitor's language. */
    public HtmlErrors errors() {
        return (ctx, problem) -> {
            var identity = authenticator.identify(ctx);
            Page page = pages.page(ctx, identity, "error.title").refusing(problem.code());
            templates.render(ctx, "error.jte", new Views.Problem(page, problem.status(),
                    RefusalText.of(page.t(), problem), RefusalText.back(ctx)));
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = Desk.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server jar; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
