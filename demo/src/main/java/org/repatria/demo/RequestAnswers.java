package org.repatria.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;

/**
 * The holders' answers to the prisoner and civilian requests, in two parts each, from the ground truth: a requested
 * person the holder keeps is {@code held} under the holding list's name, a fallen one {@code deceased} (or
 * {@code returned} when the body was in the wagon handed over on 11 June), some of the rest {@code not-found} or
 * {@code no-information}. Prisoners the holding list puts among the 1,010 nominated for the May exchange are left
 * unanswered: which of them crossed is known only once the exchange is played.
 */
final class RequestAnswers {
    /** The first rows of each prisoners' holding list nominated for the May exchange (1,000 and 10 reserves). */
    static final int NOMINATED_IN_MAY = 1_010;
    /** The first rows of Russia's remains list handed over on 11 June (DemoExchanges.BODIES). */
    static final int BODIES_HANDED_OVER = 303;
    private static final LocalDate BODIES_DAY = LocalDate.of(2025, 6, 11);
    private static final PersonName NONE = new PersonName("", "", "");

    private record Held(PersonList list, int index, Person row) {
    }

    private final Map<ListId, PersonList> byId = new HashMap<>();
    private final Map<ListId, Map<String, Integer>> indexes = new HashMap<>();
    private final CaseData data = CaseData.get();

    RequestAnswers(List<PersonList> lists) {
        for (PersonList list : lists) {
            byId.put(list.header().id(), list);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < list.rows().size(); i++) {
                index.put(list.rows().get(i).rowId(), i);
            }
            indexes.put(list.header().id(), index);
        }
    }

    /** The two answers documents {@code holder} sends for {@code request}, at {@code first} and {@code second}. */
    List<AnswerPart> answer(PersonList request, PartyId holder, List<TruthPair> truth, Instant first, Instant second,
                            SplittableRandom rng) {
        Map<String, Held> held = new HashMap<>();
        for (TruthPair t : truth) {
            if (t.requestList().equals(request.header().id())) {
                PersonList list = byId.get(t.holdingList());
                int index = indexes.get(t.holdingList()).get(t.holdingRow());
                held.put(t.requestRow(), new Held(list, index, list.rows().get(index)));
            }
        }
        boolean russian = holder.value().equals("ru");
        List<RowAnswer> early = new ArrayList<>();
        List<RowAnswer> late = new ArrayList<>();
        for (Person row : request.rows()) {
            Held h = held.get(row.rowId());
            double r = rng.nextDouble();
            if (h == null) {
                if (r < 0.4) {
                    late.add(new RowAnswer(row.rowId(), RowStatus.NOT_FOUND, PartialDate.unknown(), "", NONE,
                            russian ? "в местах содержания не значится" : "у місцях тримання не значиться"));
                } else if (r < 0.6) {
                    late.add(new RowAnswer(row.rowId(), RowStatus.NO_INFORMATION, PartialDate.unknown(), "", NONE,
                            russian ? "проверка продолжается" : "перевірка триває"));
                }
            } else if (h.list().header().category() == Category.REMAINS) {
                late.add(remains(row.rowId(), h, russian));
            } else if (h.list().header().category() == Category.CIVILIAN || h.index() >= NOMINATED_IN_MAY) {
                WeightedChoice<String> places = h.list().header().category() == Category.CIVILIAN ? data.ruCivilianPlaces
                        : russian ? data.ruPrisonerPlaces : data.uaPrisonerPlaces;
                (r < 0.7 ? early : late).add(new RowAnswer(row.rowId(), RowStatus.HELD, PartialDate.unknown(),
                        places.pick(rng), h.row().name(), ""));
            }
        }
        List<AnswerPart> parts = new ArrayList<>();
        if (!early.isEmpty()) {
            parts.add(new AnswerPart(request.header().id(), holder, first, early));
        }
        if (!late.isEmpty()) {
            parts.add(new AnswerPart(request.header().id(), holder, second, late));
        }
        return parts;
    }

    private static RowAnswer remains(String rowId, Held h, boolean russian) {
        String tag = h.row().rowId();
        if (russian && h.index() < BODIES_HANDED_OVER) {
            return new RowAnswer(rowId, RowStatus.RETURNED, new PartialDate.Day(BODIES_DAY),
                    "пункт пропуска на границе Беларуси и Украины", h.row().name(),
                    "тело с биркой " + tag + " передано в рефрижераторном вагоне W-1");
        }
        return new RowAnswer(rowId, RowStatus.DECEASED, PartialDate.unknown(), "", h.row().name(),
                russian ? "тело с биркой " + tag + " на хранении, подлежит передаче"
                        : "тіло з біркою " + tag + " на зберіганні, підлягає передачі");
    }

    /** Whether {@code list} is a request the demo answers: prisoners' or civilians'. */
    static boolean answered(PersonList list) {
        return list.header().purpose() == ListPurpose.REQUEST && list.header().category() != Category.CHILD;
    }
}
