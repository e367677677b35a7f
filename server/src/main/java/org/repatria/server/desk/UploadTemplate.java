package org.repatria.server.desk;

import java.nio.charset.StandardCharsets;
import org.repatria.server.route.AdmittedRequest;

/**
 * The person-list template a failed import links to: the columns the importer expects, headed in the reader's
 * language with names the importer accepts ({@code upload.template.header}), UTF-8 with a byte-order mark so a
 * spreadsheet opens the Cyrillic right. Header only: a template uploaded unchanged has no rows, never a sample person.
 */
final class UploadTemplate {
    static final String PATH = UploadPages.PATH + "/template.csv";
    private static final String BOM = "\uFEFF";
    private final PageFactory pages;

    UploadTemplate(PageFactory pages) {
        this.pages = pages;
    }

    /** The template's text for the words {@code t}: the header line and a line break. */
    static String csv(Text t) {
        return BOM + t.get("upload.template.header") + "\r\n";
    }

    void download(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "upload.title");
        call.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"person-list-" + page.lang().tag() + ".csv\"")
                .result(csv(page.t()).getBytes(StandardCharsets.UTF_8));
    }
}
