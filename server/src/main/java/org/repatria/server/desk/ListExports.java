package org.repatria.server.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.PersonList;
import org.repatria.lists.ListDocument;
import org.repatria.lists.ListExport;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.reads.Reads;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;

/** Downloads of a list the caller may read, as CSV, XLSX or a printable PDF, with Latin beside Cyrillic names. */
final class ListExports {
    private final Store store;
    private final ListAccess access;
    private final PageFactory pages;
    private final ChildRecords children;

    ListExports(Store store, ListAccess access, PageFactory pages, ChildRecords children) {
        this.children = children;
        this.store = store;
        this.access = access;
        this.pages = pages;
    }

    void download(AdmittedRequest call) {
        ListHeader header = access.require(call.account(), call.ctx().pathParam("id")).header();
        String format = call.ctx().pathParam("format").toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "pdf").contains(format)) {
            throw HttpProblem.invalid("format", "choose csv, xlsx or pdf");
        }
        children.requirePersons(call.account(), header);
        String author = pages.partyNames().getOrDefault(header.author(), header.author().value());
        ListDocument doc = ListDocument.of(new PersonList(header, store.lists().persons(header.id())), author);
        children.recordRead(call.account(), header, Optional.empty(), RecordPart.EXPORT);
        String name = "list-" + header.id();
        byte[] bytes = switch (format) {
            case "csv" -> ListExport.csv(doc);
            case "xlsx" -> xlsx(doc);
            case "pdf" -> ListExport.pdf(doc, pages.page(call.ctx(), call.identity(), "list.title").lang().locale());
            default -> throw HttpProblem.invalid("format", "choose csv, xlsx or pdf");
        };
        Reads.list(call, header, doc.persons().size());
        call.ctx().header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"")
                .contentType(switch (format) {
                    case "csv" -> "text/csv; charset=utf-8";
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    default -> "application/pdf";
                })
                .result(bytes);
    }

    private static byte[] xlsx(ListDocument doc) {
        try (var out = new ByteArrayOutputStream()) {
            ListExport.xlsx(doc, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX export", e);
        }
    }
}
