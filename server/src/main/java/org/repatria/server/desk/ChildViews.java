package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed views of the children's pages: lists holding cases, a list's cases, one case, the record of reads. */
final class ChildViews {
    private ChildViews() {
    }

    /** A request list of children: title, author, how many children, link to its cases ("" for a reader of counts). */
    record CaseList(String href, String title, String author, String children, String closed) {
    }

    /** {@code readsChildren}: whether the reader works children's cases; {@code supervises}: whether it may see the reads. */
    record Lists(Page page, List<CaseList> lists, boolean readsChildren, boolean supervises) {
    }

    /** One line of a list's cases. */
    record Line(String href, String rowId, String name, String birthDate, String status, boolean particulars) {
    }

    record Cases(Page page, String title, String author, List<Line> lines) {
    }

    /** One particular: its form name, its label, the value to show, whether the list gave it (not entered). */
    record Particular(String name, String label, String value, boolean fromList, boolean longText) {
    }

    record Photo(String src, String caption, String addedBy, String addedAt) {
    }

    /** A row's answer as the case's history shows it. */
    record Answer(String status, String date, String place, String nameHeld, String note, String at) {
    }

    record Case(Page page, String listHref, String listTitle, String rowId, String name, String birthDate, String birthPlace,
                String status, Optional<String> closedBy, List<Particular> particulars, List<Photo> photos, List<Answer> answers,
                boolean writable, String action) {
    }

    /** An account of the supervisor's party and the permissions it holds. */
    record Holder(String username, boolean children, boolean supervisor) {
    }

    record Holders(Page page, List<Holder> holders) {
    }

    /** One recorded read. */
    record Read(String at, String username, String party, String role, String listHref, String listTitle, String rowId,
                String what) {
    }

    /** A choice of a select: its value and its words. */
    record Option(String value, String label) {
    }

    record Reads(Page page, List<Read> reads, String showing, String username, String list, String what, List<Option> parts,
                 Optional<String> previous, Optional<String> next, String export) {
    }
}
