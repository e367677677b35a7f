package org.repatria.match.trace;

import static org.repatria.match.trace.Verdict.AGREE;
import static org.repatria.match.trace.Verdict.DISAGREE;
import static org.repatria.match.trace.Verdict.MISSING;
import static org.repatria.match.trace.Verdict.PARTLY;

import org.repatria.match.compare.NameLevel;
import org.repatria.match.name.Name;

/**
 * The weights of the names, as log2 Bayes factors: log2 of (how often the true child agrees at this level) over (how
 * often an unrelated child does). A changed surname or given name is common for a placed or adopted child, so
 * "different" weighs little against; agreeing weighs by how rare the name is among the candidates; the father's name
 * (a patronymic consistent with it) and the mother's rarely change, so disagreeing on them weighs more.
 */
final class NameWeights {
    /** Share of true children whose surname is kept (half carry a new one), and whose given name is kept. */
    static final double SURNAME_KEPT = 0.45;
    static final double GIVEN_KEPT = 0.55;
    static final double FATHER_KEPT = 0.8;
    static final double PLACE_KEPT = 0.5;

    private NameWeights() {
    }

    static Reason surname(Prepared c, Prepared k, Frequencies f) {
        NameLevel level = NameLevel.of(c.surname(), k.surname());
        String a = c.raw().surname();
        String b = k.raw().surname();
        return switch (level) {
            case MISSING -> reason(Particular.SURNAME, MISSING, "missing", a, b, 0);
            case SAME, EQUIVALENT -> reason(Particular.SURNAME, AGREE, "exact", a, b, rare(SURNAME_KEPT, f.surname(k), 2, 10));
            case CLOSE -> reason(Particular.SURNAME, PARTLY, "close", a, b, 3);
            case SOUNDS_ALIKE -> reason(Particular.SURNAME, PARTLY, "sounds-alike", a, b, 2);
            case DIFFERENT -> agrees(NameLevel.of(c.motherSurname(), k.surname()))
                    ? reason(Particular.SURNAME, PARTLY, "mother-surname", c.raw().motherSurname(), b, 3)
                    : agrees(NameLevel.of(c.surname(), k.givenName()))
                    ? reason(Particular.SURNAME, PARTLY, "written-as-given-name", a, k.raw().givenName(), 3)
                    : reason(Particular.SURNAME, DISAGREE, "different", a, b, -1);
        };
    }

    static Reason givenName(Prepared c, Prepared k, Frequencies f) {
        String a = c.raw().givenName();
        String b = k.raw().givenName();
        return switch (NameLevel.of(c.givenName(), k.givenName())) {
            case MISSING -> reason(Particular.GIVEN_NAME, MISSING, "missing", a, b, 0);
            case SAME -> reason(Particular.GIVEN_NAME, AGREE, "exact", a, b, rare(GIVEN_KEPT, f.given(k), 2, 9));
            case EQUIVALENT -> reason(Particular.GIVEN_NAME, AGREE, "equivalent", a, b, rare(GIVEN_KEPT, f.given(k), 2, 9));
            case CLOSE -> reason(Particular.GIVEN_NAME, PARTLY, "close", a, b, 3);
            case SOUNDS_ALIKE -> reason(Particular.GIVEN_NAME, PARTLY, "sounds-alike", a, b, 2);
            case DIFFERENT -> agrees(NameLevel.of(c.givenName(), k.surname()))
                    ? reason(Particular.GIVEN_NAME, PARTLY, "written-as-surname", a, k.raw().surname(), 3)
                    : reason(Particular.GIVEN_NAME, DISAGREE, "different", a, b, -1.3);
        };
    }

    /**
     * The father: the case's father's given name (or patronymic) against the candidate's patronymic (or father's given
     * name) — by their name class when both are known (Іван, Иван, Іванович, Иванович are one), else by sound: a
     * patronymic begins with the sound of the father's name (Ivanovych, Иванович).
     */
    static Reason father(Prepared c, Prepared k, Frequencies f) {
        String a = c.raw().fatherGivenName().isBlank() ? c.raw().patronymic() : c.raw().fatherGivenName();
        String b = k.raw().patronymic().isBlank() ? k.raw().fatherGivenName() : k.raw().patronymic();
        Name caseName = c.father().missing() ? c.patronymic() : c.father();
        Name candidateName = k.patronymic().missing() ? k.father() : k.patronymic();
        if (caseName.missing() || candidateName.missing()) {
            return reason(Particular.FATHER, MISSING, "missing", a, b, 0);
        }
        if (!c.fatherClass().isEmpty() && !k.fatherClass().isEmpty()) {
            return c.fatherClass().equals(k.fatherClass())
                    ? reason(Particular.FATHER, AGREE, "consistent", a, b, rare(FATHER_KEPT, f.father(k), 2, 7))
                    : reason(Particular.FATHER, DISAGREE, "different", a, b, -3.3);
        }
        return soundsAlike(caseName, candidateName)
                ? reason(Particular.FATHER, PARTLY, "sounds-consistent", a, b, 3)
                : reason(Particular.FATHER, DISAGREE, "different", a, b, -3.3);
    }

    static Reason motherGivenName(Prepared c, Prepared k) {
        String a = c.raw().motherGivenName();
        String b = k.raw().motherGivenName();
        return switch (NameLevel.of(c.motherGivenName(), k.motherGivenName())) {
            case MISSING -> reason(Particular.MOTHER_GIVEN_NAME, MISSING, "missing", a, b, 0);
            case SAME, EQUIVALENT -> reason(Particular.MOTHER_GIVEN_NAME, AGREE, "exact", a, b, 4);
            case CLOSE, SOUNDS_ALIKE -> reason(Particular.MOTHER_GIVEN_NAME, PARTLY, "close", a, b, 2);
            case DIFFERENT -> reason(Particular.MOTHER_GIVEN_NAME, DISAGREE, "different", a, b, -3);
        };
    }

    /** The mother's surname (maiden or other) on both records; a mother's surname often differs from her child's. */
    static Reason motherSurname(Prepared c, Prepared k) {
        String a = c.raw().motherSurname();
        String b = k.raw().motherSurname();
        return switch (NameLevel.of(c.motherSurname(), k.motherSurname())) {
            case MISSING -> reason(Particular.MOTHER_SURNAME, MISSING, "missing", a, b, 0);
            case SAME, EQUIVALENT -> reason(Particular.MOTHER_SURNAME, AGREE, "exact", a, b, 3);
            case CLOSE, SOUNDS_ALIKE -> reason(Particular.MOTHER_SURNAME, PARTLY, "close", a, b, 2);
            case DIFFERENT -> reason(Particular.MOTHER_SURNAME, DISAGREE, "different", a, b, -0.5);
        };
    }

    static Reason birthPlace(Prepared c, Prepared k, Frequencies f) {
        String a = c.raw().birthPlace();
        String b = k.raw().birthPlace();
        return switch (NameLevel.of(c.birthPlace(), k.birthPlace())) {
            case MISSING -> reason(Particular.BIRTH_PLACE, MISSING, "missing", a, b, 0);
            case SAME, EQUIVALENT -> reason(Particular.BIRTH_PLACE, AGREE, "exact", a, b, rare(PLACE_KEPT, f.place(k), 1.5, 7));
            case CLOSE, SOUNDS_ALIKE -> reason(Particular.BIRTH_PLACE, PARTLY, "close", a, b, 2.5);
            case DIFFERENT -> reason(Particular.BIRTH_PLACE, DISAGREE, "different", a, b, -1.5);
        };
    }

    /** log2(kept / share), kept within [low, high]: agreeing on a rare value is stronger evidence. */
    static double rare(double kept, double share, double low, double high) {
        return Math.max(low, Math.min(high, Math.log(kept / share) / Math.log(2)));
    }

    private static boolean agrees(NameLevel level) {
        return level == NameLevel.SAME || level == NameLevel.EQUIVALENT || level == NameLevel.CLOSE;
    }

    /** Whether one name's sound key begins with the other's (a patronymic and the father's name it comes from). */
    private static boolean soundsAlike(Name a, Name b) {
        for (String x : a.keys()) {
            for (String y : b.keys()) {
                if (x.length() >= 2 && y.length() >= 2 && (x.startsWith(y) || y.startsWith(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Reason reason(Particular p, Verdict v, String level, String a, String b, double weight) {
        return new Reason(p, v, level, a, b, weight);
    }
}
