package org.repatria.server.api;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ImportedList;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.header.ColumnMapping;
import org.repatria.server.access.VisibleList;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.document.LoggedStep;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.Call;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;

/**
 * {@code POST /api/v1/lists/import}: the request body is a CSV or XLSX file, read by module lists
 * (encoding detection, local headers, normalization, checks); the list is stored whole, or refused
 * with 422 and every problem by row and column, and nothing is stored. A list with warnings only is
 * stored when the caller says so ({@code accept_warnings=true}), having seen them. The author party's
 * saved column mapping (store) names the columns the built-in header names do not know.
 */
final class ImportEndpoint {
    private final Store store;
    private final Clock clock;
    private final ListDocuments documents;

    ImportEndpoint(Store store, Clock clock, ListDocuments documents) {
        this.store = store;
        this.clock = clock;
        this.documents = documents;
    }

    void handle(Call call) {
        Account author = call.account();
        String title = Optional.ofNullable(call.ctx().queryParam("title")).map(String::strip).orElse("");
        if (title.isEmpty()) {
            throw HttpProblem.invalid("title", "is required: give the list's title as a query parameter");
        }
        ListPurpose purpose = UploadCheck.choice("purpose", call.ctx().queryParam("purpose"), ListPurpose.class, null);
        String given = call.ctx().queryParam("category");
        Optional<Category> category = given == null || given.isBlank() ? Optional.empty()
                : Optional.of(UploadCheck.choice("category", given, Category.class, null));
        Locale locale = language(call.ctx().queryParam("lang"));
        boolean serverHeld = serverHeldSigning(call.ctx().queryParam("sign"), author);
        ImportOptions options = ImportOptions.on(LocalDate.now(clock))
                .withMapping(new ColumnMapping(store.columnMappings().of(author.party())));
        options = category.map(options::withCategory).orElse(options);
        String encoding = call.ctx().queryParam("encoding");
        if (encoding != null && !encoding.isBlank()) {
            options = options.withEncoding(charset(encoding));
        }
        switch (ListImport.read(call.ctx().bodyAsBytes(), options)) {
            case ImportResult.Rejected rejected -> {
                List<Replies.ListProblem> problems = Replies.ListProblem.of(rejected.problems(), locale);
                long errors = rejected.problems().stream().filter(Problem::isError).count();
                call.ctx().status(422).json(new Replies.Rejected("invalid_list",
                        errors + (errors == 1 ? " error" : " errors") + " in the list; nothing was stored", problems));
            }
            case ImportResult.Accepted accepted when !accepted.problems().isEmpty()
                    && !"true".equalsIgnoreCase(call.ctx().queryParam("accept_warnings")) ->
                call.ctx().status(422).json(new Replies.Rejected("unconfirmed_warnings", accepted.problems().size()
                        + " warnings; nothing was stored. Check them, then send the file again with accept_warnings=true",
                        Replies.ListProblem.of(accepted.problems(), locale)));
            case ImportResult.Accepted accepted -> {
                ListHeader header = store(author, title, purpose, category, accepted);
                Replies.ListDocumentReply document = serverHeld ? ListSigning.signed(signStored(author, header))
                        : ListSigning.unsigned(author, header, () -> documents.statement(author, header, KeyCustody.OWN,
                                accepted.list().persons()));
                call.ctx().status(201).header("Location", "/api/v1/lists/" + header.id()).json(new Replies.Imported(
                        Replies.Header.of(new VisibleList(header, Set.of()), author),
                        Replies.ListProblem.of(accepted.problems(), locale), document));
            }
        }
    }

    // The list is stored before it is signed: a crash in between leaves a list "not yet signed", never a document
    // without its list (docs/decisions/0065).
    private ListHeader store(Account author, String title, ListPurpose purpose, Optional<Category> category,
                             ImportResult.Accepted accepted) {
        ImportedList read = accepted.list();
        if (read.rows().isEmpty()) {
            throw HttpProblem.invalid("body", "the list has a header but no rows");
        }
        if (read.rows().size() > UploadCheck.MAX_ROWS) {
            throw HttpProblem.invalid("body", "at most " + UploadCheck.MAX_ROWS + " rows per list; split the list");
        }
        Set<Category> categories = read.categories();
        Category listCategory = category.or(() -> categories.size() == 1 ? categories.stream().findFirst() : Optional.empty())
                .orElseThrow(() -> HttpProblem.invalid("category", "the rows mix categories " + categories
                        + "; give the list's category as a query parameter"));
        ListHeader header = new ListHeader(new ListId(UUID.randomUUID()), author.party(), purpose, listCategory, title,
                clock.instant(), read.rows().size());
        PersonList list = new PersonList(header, read.persons());
        try {
            store.lists().add(list);
        } catch (DuplicateException e) {
            throw new HttpProblem(409, "conflict", e.getMessage(), Optional.empty());
        }
        return header;
    }

    private LoggedStep signStored(Account author, ListHeader header) {
        try {
            return documents.signWithServerHeldKey(author, header);
        } catch (HttpProblem e) {
            throw new HttpProblem(e.status(), e.code(), "the list is stored as " + header.id() + " but not signed ("
                    + e.getMessage() + "); sign it with POST /api/v1/lists/" + header.id() + "/document", e.field());
        }
    }

    /** Checked before anything is stored, so a request to sign with a key the server lacks stores nothing. */
    private boolean serverHeldSigning(String sign, Account author) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        if (!KeyCustody.SERVER_HELD.token().equals(sign.strip())) {
            throw HttpProblem.invalid("sign", "give server-held, or leave it out and sign the statement in the reply");
        }
        if (!documents.holdsKeyFor(author.party())) {
            throw new HttpProblem(409, "conflict", "the server holds no key for " + author.party() + "; leave sign out "
                    + "and sign the statement in the reply with your own key, or ask the mediator to enable one",
                    Optional.empty());
        }
        return true;
    }

    private static Locale language(String lang) {
        String tag = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!List.of("en", "uk", "ru").contains(tag)) {
            throw HttpProblem.invalid("lang", "messages come in en, uk or ru, not '" + lang + "'");
        }
        return Locale.forLanguageTag(tag);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw HttpProblem.invalid("encoding", "no character set named '" + name + "'; try utf-8 or windows-1251");
        }
    }
}
