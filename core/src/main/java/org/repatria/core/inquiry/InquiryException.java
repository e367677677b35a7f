package org.repatria.core.inquiry;

import java.util.List;

/** An inquiry's value the caller must correct: names the field and says what is wrong. */
public final class InquiryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final Problem problem;
    private final transient List<Object> arguments;

    /** What is wrong with a value, for a desk to say in its reader's words with {@link #arguments()}. */
    public enum Problem {
        /** A required field is empty. */
        REQUIRED,
        /** Longer than the field takes; arguments: the length, the limit. */
        TOO_LONG,
        /** Holds a control character. */
        CONTROL_CHARACTER,
        /** Consent is neither yes nor no; argument: the value. */
        NOT_YES_OR_NO,
        /** Not a date the field takes; argument: the value. */
        NOT_A_DATE,
        /** Sex is neither M nor F; argument: the value. */
        NOT_A_SEX,
        /** More names than an inquiry gives; arguments: how many, the limit. */
        TOO_MANY_NAMES,
        /** One name is too long; arguments: its length, the limit. */
        NAME_TOO_LONG
    }

    /** A refusal of {@code field} (its token) for {@code message}, of the kind {@code problem} with its values. */
    public InquiryException(String field, Problem problem, String message, Object... arguments) {
        super(field + ": " + message);
        this.field = field;
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /** What kind of problem it is. */
    public Problem problem() {
        return problem;
    }

    /** The values the problem names (a length and a limit, the value refused), in the order {@link Problem} says. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The field's token, such as {@code birth_date}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
