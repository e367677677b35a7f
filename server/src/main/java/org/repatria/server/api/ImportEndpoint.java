package org.repatria.server.api;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.repatria.core.account.Account;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.lists.check.Problem;
import org.repatria.server.access.VisibleList;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.document.LoggedStep;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.upload.ListUploads;

/**
 * {@code POST /api/v1/lists/import}: the request body is a CSV or XLSX file, read by module lists
 * (encoding detection, local headers, normalization, checks); the list is stored whole, or refused
 * with 422 and every problem by row and column, and nothing is stored. A list with warnings only is
 * stored when the caller says so ({@code accept_warnings=true}), having seen them. The import itself is
 * {@link ListUploads}, shared with the desk; this reads the query and answers in JSON.
 */
final class ImportEndpoint {
    private final ListUploads uploads;
    private final ListDocuments documents;

    ImportEndpoint(ListUploads uploads, ListDocuments documents) {
        this.uploads = uploads;
        this.documents = documents;
    }

    void handle(AdmittedRequest call) {
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
        String encoding = call.ctx().queryParam("encoding");
        Optional<Charset> charset = encoding == null || encoding.isBlank() ? Optional.empty() : Optional.of(charset(encoding));
        ListUploads.Request request = new ListUploads.Request(author.party(), title, purpose, category, charset,
                "true".equalsIgnoreCase(call.ctx().queryParam("accept_warnings")));
        SignedAtImport signing = new SignedAtImport(author);
        switch (serverHeld ? uploads.upload(request, call.ctx().bodyAsBytes(), signing)
                : uploads.upload(request, call.ctx().bodyAsBytes())) {
            case ListUploads.Rejected rejected -> {
                long errors = rejected.problems().stream().filter(Problem::isError).count();
                call.ctx().status(422).json(new ApiReplies.Rejected("invalid_list",
                        errors + (errors == 1 ? " error" : " errors") + " in the list; nothing was stored",
                        ApiReplies.ListProblem.of(rejected.problems(), locale)));
            }
            case ListUploads.Unconfirmed unconfirmed ->
                call.ctx().status(422).json(new ApiReplies.Rejected("unconfirmed_warnings", unconfirmed.warnings().size()
                        + " warnings; nothing was stored. Check them, then send the file again with accept_warnings=true",
                        ApiReplies.ListProblem.of(unconfirmed.warnings(), locale)));
            case ListUploads.Refused refused -> throw refusal(refused.refusal());
            case ListUploads.Stored stored -> {
                ListHeader header = stored.list().header();
                ApiReplies.ListDocumentReply document = serverHeld ? ListSigning.signed(signing.signed)
                        : ListSigning.unsigned(author, header, () -> documents.statement(author, header, KeyCustody.OWN,
                                stored.list().rows()));
                call.ctx().status(201).header("Location", "/api/v1/lists/" + header.id()).json(new ApiReplies.Imported(
                        ApiReplies.Header.of(new VisibleList(header, Set.of()), author),
                        ApiReplies.ListProblem.of(stored.warnings(), locale), document));
            }
        }
    }

    private static HttpProblem refusal(ListUploads.Refusal refusal) {
        return switch (refusal) {
            case ListUploads.NoRows n -> HttpProblem.invalid("body", "the list has a header but no rows");
            case ListUploads.TooManyRows t ->
                    HttpProblem.invalid("body", "at most " + ListUploads.MAX_ROWS + " rows per list; split the list");
            case ListUploads.MixedCategories m -> HttpProblem.invalid("category", "the rows mix categories "
                    + m.categories() + "; give the list's category as a query parameter");
            case ListUploads.Duplicate d -> HttpProblem.conflict("duplicate_list", d.message());
        };
    }

    /**
     * Stores a list and signs it with the server-held key as one unit (the log's commit): a refused signature, such as
     * the same bytes imported again within the second (a replay), stores nothing (issue 15; docs/decisions/0164).
     */
    private final class SignedAtImport implements Consumer<PersonList> {
        private final Account author;
        private LoggedStep signed;

        SignedAtImport(Account author) {
            this.author = author;
        }

        @Override
        public void accept(PersonList list) {
            try {
                signed = documents.storeSignedWithServerHeldKey(author, list);
            } catch (HttpProblem e) {
                throw new HttpProblem(e.status(), e.code(), e.getMessage() + "; nothing was stored", e.field());
            }
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
            throw HttpProblem.conflict("no_server_key", "the server holds no key for " + author.party() + "; leave sign out "
                    + "and sign the statement in the reply with your own key, or ask the mediator to enable one");
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
