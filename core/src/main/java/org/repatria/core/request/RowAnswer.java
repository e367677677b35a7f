package org.repatria.core.request;

import java.util.List;
import java.util.Objects;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;

/**
 * The requested side's answer for one row of a request list: the status, its date and place, the name under which the
 * person is held or was found (it may differ from the request's, after a change of documents), and a note.
 *
 * @param rowId    the request list's row id (its {@code id} column)
 * @param status   any status but {@link RowStatus#UNANSWERED}
 * @param date     when the status became true (held since, located on, returned on, died on); may be unknown
 * @param place    where (an institution, a camp, a city, a grave); may be empty
 * @param nameHeld the name the answering side knows the person by; empty when it is the request's own
 * @param note     free text for the requesting side; may be empty
 */
public record RowAnswer(String rowId, RowStatus status, PartialDate date, String place, PersonName nameHeld, String note) {
    /** Longest row id, as for a list's {@code id} column. */
    public static final int MAX_ROW_ID = 64;
    /** Longest place. */
    public static final int MAX_PLACE = 200;
    /** Longest note. */
    public static final int MAX_NOTE = 2000;
    /** Longest part of a name. */
    public static final int MAX_NAME_PART = 100;

    public RowAnswer {
        rowId = Objects.requireNonNullElse(rowId, "").strip();
        Objects.requireNonNull(status, "status");
        date = Objects.requireNonNullElse(date, PartialDate.unknown());
        place = Objects.requireNonNullElse(place, "").strip();
        nameHeld = Objects.requireNonNullElse(nameHeld, new PersonName("", "", ""));
        note = Objects.requireNonNullElse(note, "").strip();
        if (rowId.isEmpty()) {
            throw new AnswerException("row_id", "the row id is empty; give the request list's id of the person answered for",
                    "row_id.empty", List.of());
        }
        limit("row_id", rowId, MAX_ROW_ID);
        if (status == RowStatus.UNANSWERED) {
            String tokens = RowStatus.answers().stream().map(RowStatus::token).toList().toString();
            throw new AnswerException("status", "\"unanswered\" is not an answer; give one of " + tokens,
                    "status.unanswered", List.of(tokens));
        }
        limit("place", place, MAX_PLACE);
        limit("note", note, MAX_NOTE);
        limit("surname", nameHeld.surname(), MAX_NAME_PART);
        limit("given_name", nameHeld.givenName(), MAX_NAME_PART);
        limit("patronymic", nameHeld.patronymic(), MAX_NAME_PART);
    }

    private static void limit(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            int length = value.codePointCount(0, value.length());
            throw new AnswerException(field, field + " is " + length + " characters long, more than the " + max
                    + " allowed", "field.too_long", List.of(String.valueOf(length), String.valueOf(max)));
        }
    }
}
