package org.repatria.core.request;

import java.util.Arrays;
import java.util.List;

/** What is known of a requested person: {@link #UNANSWERED} until the requested side answers the row. */
public enum RowStatus {
    /** Nobody has answered the row yet. */
    UNANSWERED("unanswered"),
    /** The requested side holds the person (a prisoner, a detained civilian, a child in its care). */
    HELD("held"),
    /** The requested side found where the person is (an institution, a carer, a grave), possibly under another name. */
    LOCATED("located"),
    /** The person (or their remains) was handed back to the requesting side. */
    RETURNED("returned"),
    /** The person died; the answer gives the date and place it knows. */
    DECEASED("deceased"),
    /** The requested side searched and did not find the person. */
    NOT_FOUND("not-found"),
    /** The requested side has nothing to say yet (not an answer of substance: the row still waits). */
    NO_INFORMATION("no-information");

    private final String token;

    RowStatus(String token) {
        this.token = token;
    }

    /** The lower-case name written in answers documents and the API. */
    public String token() {
        return token;
    }

    /**
     * Whether the row still waits for an answer of substance: unanswered, or answered "no information". Such rows age
     * and fall overdue; the others count as answered.
     */
    public boolean waits() {
        return this == UNANSWERED || this == NO_INFORMATION;
    }

    /** The statuses an answer may give: every one but {@link #UNANSWERED}. */
    public static List<RowStatus> answers() {
        return Arrays.stream(values()).filter(s -> s != UNANSWERED).toList();
    }

    /** The status named by {@code token}; {@link AnswerException} naming the allowed ones when there is none. */
    public static RowStatus ofToken(String token) {
        return Arrays.stream(values()).filter(s -> s.token.equals(token)).findFirst()
                .orElseThrow(() -> new AnswerException("status", "unknown status \"" + token + "\"; one of "
                        + Arrays.stream(values()).map(RowStatus::token).toList()));
    }
}
