package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.lists.field.Field;
import org.repatria.server.access.Rule;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.upload.ListUploads;

/**
 * A party desk uploads a CSV or XLSX list: errors are shown by row and column and nothing is stored;
 * warnings are shown and the file is held (see {@link HeldUploads}) until the user imports it anyway;
 * a clean list is stored whole and the browser goes to its page. The import itself is {@link ListUploads}, shared
 * with the API; this reads the form and renders the page.
 */
final class UploadPages {
    static final String PATH = "/desk/upload";
    private final ListUploads uploads;
    private final HeldUploads held;
    private final UploadTemplate template;
    private final PageFactory pages;
    private final Templates templates;

    UploadPages(ListUploads uploads, Clock clock, PageFactory pages, Templates templates) {
        this.uploads = uploads;
        this.held = new HeldUploads(clock);
        this.template = new UploadTemplate(pages);
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desk = Rule.roles(Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, PATH, desk, "The form to upload a CSV or XLSX list",
                        call -> show(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), Optional.empty()))),
                Route.desk(GET, UploadTemplate.PATH, desk, "A CSV template of the columns a list upload expects, in the reader's language",
                        template::download),
                Route.desk(POST, PATH, desk, "Upload a list: errors shown, warnings held for confirmation, or stored", this::upload),
                Route.desk(POST, PATH + "/{id}", desk, "Import a held list despite its warnings", this::confirm),
                Route.desk(POST, PATH + "/{id}/mapping", desk, "Save the party's names for unrecognised columns; check the held list again",
                        this::remap));
    }

    private void upload(AdmittedRequest call) {
        UploadForm form = UploadForm.of(call.ctx());
        Optional<UploadViews.Fault> fault = form.fault().flatMap(UploadViews.Fault::of);
        Optional<FormFiles.Sent> sent = FormFiles.sent(call.ctx(), "file");
        byte[] file = sent.map(FormFiles.Sent::bytes).orElse(new byte[0]);
        if (fault.isEmpty() && file.length == 0) {
            fault = sent.filter(FormFiles.Sent::chosen).map(s -> UploadViews.Fault.of("upload.fault.emptyFile", s.filename()))
                    .orElse(UploadViews.Fault.of("upload.fault.noFile"));
        }
        if (fault.isPresent()) {
            refuse(call, new UploadViews.Outcome(form, List.of(), false, Optional.empty(), fault));
            return;
        }
        importing(call, form, file, false);
    }

    private void confirm(AdmittedRequest call) {
        Optional<HeldUploads.Held> h = held.take(call.ctx().pathParam("id"), call.account().username());
        if (h.isEmpty()) {
            refuse(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), UploadViews.Fault.of("upload.fault.expired")));
            return;
        }
        importing(call, h.get().form(), h.get().file(), true);
    }

    private void remap(AdmittedRequest call) {
        Account me = call.account();
        Optional<HeldUploads.Held> h = held.take(call.ctx().pathParam("id"), me.username());
        if (h.isEmpty()) {
            refuse(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), UploadViews.Fault.of("upload.fault.expired")));
            return;
        }
        Map<String, Field> names = new LinkedHashMap<>();
        for (int i = 0; call.ctx().formParam("h" + i) != null; i++) {
            Optional<Field> field = Field.byCanonical(Optional.ofNullable(call.ctx().formParam("f" + i)).orElse(""));
            String header = call.ctx().formParam("h" + i);
            if (field.isPresent() && !header.isBlank()) {
                names.put(header, field.get());
            }
        }
        uploads.nameColumns(me.party(), names);
        importing(call, h.get().form(), h.get().file(), false);
    }

    private void importing(AdmittedRequest call, UploadForm form, byte[] file, boolean warningsAccepted) {
        Account me = call.account();
        ListUploads.Request request = new ListUploads.Request(me.party(), form.title(), form.listPurpose().orElseThrow(),
                form.listCategory(), form.charset(), warningsAccepted);
        switch (uploads.upload(request, file)) {
            case ListUploads.Rejected r -> refuse(call, new UploadViews.Outcome(form, r.problems(), true,
                    UploadViews.unknownColumns(r.problems()).isEmpty() ? Optional.empty() : held.keep(me.username(), form, file),
                    Optional.empty()));
            case ListUploads.Unconfirmed u -> {
                Optional<String> id = held.keep(me.username(), form, file);
                Optional<UploadViews.Fault> fault = id.isEmpty() ? UploadViews.Fault.of("upload.fault.tooBig") : Optional.empty();
                refuse(call, new UploadViews.Outcome(form, u.warnings(), false, id, fault));
            }
            case ListUploads.Refused r -> refuse(call, new UploadViews.Outcome(form,
                    r.refusal() instanceof ListUploads.Duplicate ? List.of() : r.warnings(), false, Optional.empty(),
                    UploadViews.Fault.of(fault(r.refusal()))));
            case ListUploads.Stored stored ->
                    call.ctx().redirect("/desk/lists/" + stored.list().header().id(), HttpStatus.SEE_OTHER);
        }
    }

    private static String fault(ListUploads.Refusal refusal) {
        return switch (refusal) {
            case ListUploads.NoRows n -> "upload.fault.noRows";
            case ListUploads.TooManyRows t -> "upload.fault.tooMany";
            case ListUploads.MixedCategories m -> "upload.fault.mixed";
            case ListUploads.Duplicate d -> "upload.fault.duplicate";
        };
    }

    private void refuse(AdmittedRequest call, UploadViews.Outcome outcome) {
        call.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
        show(call, outcome);
    }

    private void show(AdmittedRequest call, UploadViews.Outcome outcome) {
        Page page = pages.page(call.ctx(), call.identity(), "upload.title");
        boolean refused = outcome.errors() || outcome.fault().isPresent();
        templates.render(call.ctx(), "list-upload.jte", UploadViews.Upload.of(refused ? page.refusing("invalid_list") : page, outcome));
    }
}
