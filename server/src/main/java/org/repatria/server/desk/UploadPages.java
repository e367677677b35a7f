package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListImport;
import org.repatria.lists.field.Field;
import org.repatria.lists.header.ColumnMapping;
import org.repatria.server.access.Rule;
import org.repatria.server.route.Call;
import org.repatria.server.route.Route;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;

/**
 * A party desk uploads a CSV or XLSX list: errors are shown by row and column and nothing is stored;
 * warnings are shown and the file is held (see {@link HeldUploads}) until the user imports it anyway;
 * a clean list is stored whole and the browser goes to its page.
 */
final class UploadPages {
    static final String PATH = "/desk/upload";
    private static final int MAX_ROWS = 100_000;
    private final Store store;
    private final Clock clock;
    private final HeldUploads held;
    private final Pages pages;
    private final Templates templates;

    UploadPages(Store store, Clock clock, Pages pages, Templates templates) {
        this.store = store;
        this.clock = clock;
        this.held = new HeldUploads(clock);
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desk = Rule.roles(Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, PATH, desk, "The form to upload a CSV or XLSX list",
                        call -> show(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), Optional.empty()))),
                Route.desk(POST, PATH, desk, "Upload a list: errors shown, warnings held for confirmation, or stored", this::upload),
                Route.desk(POST, PATH + "/{id}", desk, "Import a held list despite its warnings", this::confirm),
                Route.desk(POST, PATH + "/{id}/mapping", desk, "Save the party's names for unrecognised columns; check the held list again",
                        this::remap));
    }

    private void upload(Call call) {
        UploadForm form = UploadForm.of(call.ctx());
        Optional<String> fault = form.fault();
        byte[] file = file(call.ctx());
        if (fault.isEmpty() && file.length == 0) {
            fault = Optional.of("upload.fault.file");
        }
        if (fault.isPresent()) {
            refuse(call, new UploadViews.Outcome(form, List.of(), false, Optional.empty(), fault));
            return;
        }
        importing(call, form, file, false);
    }

    private void confirm(Call call) {
        Optional<HeldUploads.Held> h = held.take(call.ctx().pathParam("id"), call.account().username());
        if (h.isEmpty()) {
            refuse(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), Optional.of("upload.fault.expired")));
            return;
        }
        importing(call, h.get().form(), h.get().file(), true);
    }

    private void remap(Call call) {
        Account me = call.account();
        Optional<HeldUploads.Held> h = held.take(call.ctx().pathParam("id"), me.username());
        if (h.isEmpty()) {
            refuse(call, new UploadViews.Outcome(UploadForm.EMPTY, List.of(), false, Optional.empty(), Optional.of("upload.fault.expired")));
            return;
        }
        ColumnMapping mapping = new ColumnMapping(store.columnMappings().of(me.party()));
        for (int i = 0; call.ctx().formParam("h" + i) != null; i++) {
            Optional<Field> field = Field.byCanonical(Optional.ofNullable(call.ctx().formParam("f" + i)).orElse(""));
            String header = call.ctx().formParam("h" + i);
            if (field.isPresent() && !header.isBlank()) {
                mapping = mapping.with(header, field.get());
            }
        }
        store.columnMappings().save(me.party(), mapping.entries());
        importing(call, h.get().form(), h.get().file(), false);
    }

    private void importing(Call call, UploadForm form, byte[] file, boolean warningsAccepted) {
        Account me = call.account();
        ImportOptions options = ImportOptions.on(LocalDate.now(clock))
                .withMapping(new ColumnMapping(store.columnMappings().of(me.party())));
        options = form.listCategory().map(options::withCategory).orElse(options);
        options = form.charset().map(options::withEncoding).orElse(options);
        switch (ListImport.read(file, options)) {
            case ImportResult.Rejected r -> refuse(call, new UploadViews.Outcome(form, r.problems(), true,
                    UploadViews.unknownColumns(r.problems()).isEmpty() ? Optional.empty() : held.keep(me.username(), form, file),
                    Optional.empty()));
            case ImportResult.Accepted a when !a.problems().isEmpty() && !warningsAccepted -> {
                Optional<String> id = held.keep(me.username(), form, file);
                Optional<String> fault = id.isEmpty() ? Optional.of("upload.fault.tooBig") : Optional.empty();
                refuse(call, new UploadViews.Outcome(form, a.problems(), false, id, fault));
            }
            case ImportResult.Accepted a -> stored(call, form, a);
        }
    }

    private void stored(Call call, UploadForm form, ImportResult.Accepted accepted) {
        var read = accepted.list();
        Set<Category> found = read.categories();
        Optional<Category> category = form.listCategory().or(() -> found.size() == 1 ? found.stream().findFirst() : Optional.empty());
        Optional<String> fault = read.rows().isEmpty() ? Optional.of("upload.fault.noRows")
                : read.rows().size() > MAX_ROWS ? Optional.of("upload.fault.tooMany")
                : category.isEmpty() ? Optional.of("upload.fault.mixed") : Optional.empty();
        if (fault.isPresent()) {
            refuse(call, new UploadViews.Outcome(form, accepted.problems(), false, Optional.empty(), fault));
            return;
        }
        ListHeader header = new ListHeader(new ListId(UUID.randomUUID()), call.account().party(), form.listPurpose().orElseThrow(),
                category.get(), form.title(), clock.instant(), read.rows().size());
        try {
            store.lists().add(new PersonList(header, read.persons()));
        } catch (DuplicateException e) {
            refuse(call, new UploadViews.Outcome(form, List.of(), false, Optional.empty(), Optional.of("upload.fault.duplicate")));
            return;
        }
        call.ctx().redirect("/desk/lists/" + header.id(), HttpStatus.SEE_OTHER);
    }

    private void refuse(Call call, UploadViews.Outcome outcome) {
        call.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
        show(call, outcome);
    }

    private void show(Call call, UploadViews.Outcome outcome) {
        Page page = pages.page(call.ctx(), call.identity(), "upload.title");
        boolean refused = outcome.errors() || outcome.fault().isPresent();
        templates.render(call.ctx(), "list-upload.jte", UploadViews.Upload.of(refused ? page.refusing("invalid_list") : page, outcome));
    }

    private static byte[] file(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return new byte[0];
        }
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) {
            return new byte[0];
        }
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded list", e);
        }
    }

}
