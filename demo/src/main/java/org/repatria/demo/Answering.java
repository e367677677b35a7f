package org.repatria.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;

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

    /** Everything answered, in row order for the cases and in time order for the answers. */
    record Answered(List<ChildCase> cases, List<HeldChild> held, List<ChildReturn> returns, List<AnswerPart> answers,
                    Map<ListId, Instant> deadlines) {
    }

    private Answering() {
    }

    static Answered play(NameData data, NameWriter naming, List<PersonList> lists, List<TruthPair> truth,
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
        return new Answered(fates.cases(), fates.held(), fates.returns(), answers, deadlines);
    }

    /** The side a request is addressed to: the other belligerent. */
    static PartyId requested(PersonList request) {
        return request.header().author().equals(Participants.UA) ? Participants.RU : Participants.UA;
    }
}
