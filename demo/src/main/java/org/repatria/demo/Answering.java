package org.repatria.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;

/**
 * The summer after the Istanbul round: the children's cases as the families give them, what became of the children,
 * each request list's deadline, and every answers document of the holders in the order they were sent.
 */
final class Answering {
    /** The children's deadline: two months after the mediator relayed the list. */
    static final Instant CHILDREN_DEADLINE = Instant.parse("2025-08-02T13:00:00Z");
    /** The other requests' deadline, after the list's creation. */
    static final Duration DEADLINE = Duration.ofDays(30);
    /** When the prisoners' and civilians' answers are sent: two parts per request, a few days apart per list. */
    private static final Instant FIRST = Instant.parse("2025-06-16T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-07-07T10:00:00Z");

    /** When Russia lists the children it located, with the third answers document. */
    static final Instant LOCATED_LIST = Instant.parse("2025-07-29T08:00:00Z");

    /**
     * Everything answered, in row order for the cases and in time order for the answers; {@code located} is Russia's
     * list of the children it located, under the names it holds them by, and {@code truth} joins its rows to the request.
     */
    record Answered(List<ChildCase> cases, List<HeldChild> held, List<ChildReturn> returns, List<AnswerPart> answers,
                    Map<ListId, Instant> deadlines, PersonList located, List<TruthPair> truth) {
    }

    private static final PersonName NO_NAME = new PersonName("", "", "");
    private static final String CERTIFICATE_SERIES = "АВГДЕЖИКЛМНОПРСТУХ";

    private Answering() {
    }

    static Answered play(NameData data, NameWriter naming, ListMaker maker, List<PersonList> lists, List<TruthPair> truth,
                         ListedPeople children, SplittableRandom rng) {
        ChildParticulars particulars = new ChildParticulars(data.ukrainian, data.occupiedPlaces, rng.split());
        List<ChildCase> cases = new ArrayList<>();
        for (int i = 0; i < children.people().size(); i++) {
            cases.add(particulars.write(children.people().get(i), children.list().rows().get(i).rowId()));
        }
        ChildFates.Result fates = new ChildFates(naming, data, rng.split()).decide(children, cases);
        ListId childList = children.list().header().id();
        PartyId holder = requested(children.list());
        List<AnswerPart> answers = new ArrayList<>();
        for (int part = 0; part < ChildFates.PARTS.size(); part++) {
            answers.add(new AnswerPart(childList, holder, ChildFates.PARTS.get(part), fates.parts().get(part)));
        }
        Map<ListId, Instant> deadlines = new LinkedHashMap<>();
        RequestAnswers holders = new RequestAnswers(lists);
        Duration stagger = Duration.ZERO;
        for (PersonList list : lists) {
            if (RequestAnswers.answered(list)) {
                deadlines.put(list.header().id(), list.header().created().plus(DEADLINE));
                answers.addAll(holders.answer(list, requested(list), truth, FIRST.plus(stagger), SECOND.plus(stagger), rng.split()));
                stagger = stagger.plusDays(2);
            }
        }
        deadlines.put(childList, CHILDREN_DEADLINE);
        answers.sort(Comparator.comparing(AnswerPart::at));
        List<Person> rows = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        Map<String, Person> requested = new HashMap<>();
        children.list().rows().forEach(p -> requested.put(p.rowId(), p));
        for (HeldChild h : fates.held()) {
            String rowId = String.format("RU-CH-%05d", rows.size() + 1);
            // The document column holds the number of the birth certificate the child's record was made from.
            String certificate = String.format("%s-%c%c %06d", List.of("I", "II", "III", "IV").get(rng.nextInt(4)),
                    CERTIFICATE_SERIES.charAt(rng.nextInt(CERTIFICATE_SERIES.length())),
                    CERTIFICATE_SERIES.charAt(rng.nextInt(CERTIFICATE_SERIES.length())), rng.nextInt(1_000_000));
            rows.add(new Person(rowId, h.name(), NO_NAME, requested.get(h.rowId()).sex(), h.birth(), h.birthPlace(),
                    certificate, "", "", Category.CHILD));
            asked.add(h.rowId());
        }
        PersonList located = maker.make(holder, ListPurpose.HOLDING, Category.CHILD,
                "Сведения о детях, находящихся на попечении в Российской Федерации, о которых запрашивала украинская сторона",
                rows, LOCATED_LIST);
        List<TruthPair> truthOfLocated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            truthOfLocated.add(new TruthPair(childList, asked.get(i), located.header().id(), rows.get(i).rowId()));
        }
        return new Answered(fates.cases(), fates.held(), fates.returns(), answers, deadlines, located, truthOfLocated);
    }

    /** The side a request is addressed to: the other belligerent. */
    static PartyId requested(PersonList request) {
        return request.header().author().equals(Participants.UA) ? Participants.RU : Participants.UA;
    }
}
