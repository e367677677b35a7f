package org.repatria.server.upload;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ImportedList;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.field.Field;
import org.repatria.lists.header.ColumnMapping;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;

/**
 * A party's list file made a stored list, the same way for the API ({@code POST /api/v1/lists/import}) and the desk
 * ({@code /desk/upload}): read with the party's saved column names, refused with every error, held back while it has
 * warnings nobody accepted, then checked against the limits, given its category and stored whole. Callers parse their
 * own input and render the {@link Outcome} their own way.
 */
public final class ListUploads {
    /** The most rows one list may have; a bigger one is split by its author (reading stops at the next row). */
    public static final int MAX_ROWS = 100_000;
    /**
     * The largest list file, in bytes ({@link ListImport#MAX_BYTES}, 64 MiB): the server's request body limit, and the
     * bound on files held for confirmation.
     */
    public static final long MAX_BYTES = ListImport.MAX_BYTES;
    private final Store store;
    private final Clock clock;

    public ListUploads(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What the author chose: {@code category} for rows that give none (and for the list when they mix),
     * {@code encoding} to read a CSV in instead of detecting it, {@code warningsAccepted} once the author saw them.
     */
    public record Request(PartyId author, String title, ListPurpose purpose, Optional<Category> category,
                          Optional<Charset> encoding, boolean warningsAccepted) {
    }

    /** What an upload came to; only {@link Stored} stored anything. */
    public sealed interface Outcome {
    }

    /** The file has errors ({@code problems} holds them and any warnings). */
    public record Rejected(List<Problem> problems) implements Outcome {
    }

    /** The file has warnings only, and the author has not accepted them yet. */
    public record Unconfirmed(List<Problem> warnings) implements Outcome {
    }

    /** The file was read but breaks a rule of a stored list: no rows, too many, mixed categories, or already stored. */
    public record Refused(Refusal refusal, List<Problem> warnings) implements Outcome {
    }

    /** The list as stored, with the warnings its author accepted. */
    public record Stored(PersonList list, List<Problem> warnings) implements Outcome {
    }

    /** Why a readable file is not stored. */
    public sealed interface Refusal {
    }

    /** A header and no rows. */
    public record NoRows() implements Refusal {
    }

    /** More than {@link #MAX_ROWS} rows. */
    public record TooManyRows() implements Refusal {
    }

    /** No category given and the rows name more than one. */
    public record MixedCategories(Set<Category> categories) implements Refusal {
    }

    /** The store already holds this list. */
    public record Duplicate(String message) implements Refusal {
    }

    /** Reads {@code file}, checks it and stores it, or says why not. */
    public Outcome upload(Request request, byte[] file) {
        return upload(request, file, store.lists()::add);
    }

    /**
     * As {@link #upload(Request, byte[])}, the checked list stored by {@code storing} (such as storing and signing it as
     * one unit); whatever {@code storing} throws, other than a duplicate (a {@link Refused}), reaches the caller, and
     * {@code storing} must then have stored nothing.
     */
    public Outcome upload(Request request, byte[] file, Consumer<PersonList> storing) {
        ImportOptions options = ImportOptions.on(LocalDate.now(clock)).withMapping(mapping(request.author()))
                .withMaxRows(MAX_ROWS);
        options = request.category().map(options::withCategory).orElse(options);
        options = request.encoding().map(options::withEncoding).orElse(options);
        return switch (ListImport.read(file, options)) {
            case ImportResult.Rejected r when r.problems().stream().anyMatch(p -> p.code().equals("file.too-long")) ->
                    new Refused(new TooManyRows(), List.of());
            case ImportResult.Rejected r -> new Rejected(r.problems());
            case ImportResult.Accepted a when !a.problems().isEmpty() && !request.warningsAccepted() ->
                    new Unconfirmed(a.problems());
            case ImportResult.Accepted a -> store(request, a.list(), a.problems(), storing);
        };
    }

    /** Adds the author party's names for columns the built-in header names do not know, to every later upload. */
    public void nameColumns(PartyId party, Map<String, Field> names) {
        ColumnMapping mapping = mapping(party);
        for (Map.Entry<String, Field> name : names.entrySet()) {
            mapping = mapping.with(name.getKey(), name.getValue());
        }
        store.columnMappings().save(party, mapping.entries());
    }

    private ColumnMapping mapping(PartyId party) {
        return new ColumnMapping(store.columnMappings().of(party));
    }

    private Outcome store(Request request, ImportedList read, List<Problem> warnings, Consumer<PersonList> storing) {
        if (read.rows().isEmpty()) {
            return new Refused(new NoRows(), warnings);
        }
        if (read.rows().size() > MAX_ROWS) {
            return new Refused(new TooManyRows(), warnings);
        }
        Set<Category> found = read.categories();
        Optional<Category> category = request.category()
                .or(() -> found.size() == 1 ? found.stream().findFirst() : Optional.empty());
        if (category.isEmpty()) {
            return new Refused(new MixedCategories(found), warnings);
        }
        ListHeader header = new ListHeader(new ListId(UUID.randomUUID()), request.author(), request.purpose(),
                category.get(), request.title(), clock.instant(), read.rows().size());
        PersonList list = new PersonList(header, read.persons());
        try {
            storing.accept(list);
        } catch (DuplicateException e) {
            return new Refused(new Duplicate(e.getMessage()), warnings);
        }
        return new Stored(list, warnings);
    }
}
