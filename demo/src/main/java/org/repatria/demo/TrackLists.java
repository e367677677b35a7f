package org.repatria.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

/**
 * One direction of one track of the exchange: the people of one side whom the other side holds, alive
 * or (for prisoners of war) dead, and their own side's request for them, which also names people
 * nobody holds and names a few people twice, as merged reports from relatives do.
 */
final class TrackLists {
    /** How many people: held, fallen (remains), missing (held by nobody); requested ones come from the first two. */
    record Counts(int held, int requestedHeld, int fallen, int requestedFallen, int missing, int repeated) {
    }

    /** The titles of the holding list, the remains list and the request. */
    record Titles(String holding, String remains, String request) {
    }

    /** What to generate: {@code category} is POW (servicemen, with remains) or CIVILIAN (no remains). */
    record Plan(PartyId holder, PartyId requester, NameData.Side people, Category category, Counts counts, Titles titles) {
    }

    /** The lists made (holding, remains when any, request) and which request rows are whom. */
    record Result(List<PersonList> lists, List<TruthPair> truth) {
    }

    private TrackLists() {
    }

    static Result build(Plan plan, NameWriter naming, ListMaker maker, SplittableRandom rng) {
        Counts n = plan.counts();
        SyntheticPeople people = new SyntheticPeople(plan.people(), rng.split());
        boolean civilians = plan.category() == Category.CIVILIAN;
        List<TrueIdentity> held = civilians ? people.civilians(n.held()) : people.servicemen(n.held());
        List<TrueIdentity> fallen = people.servicemen(n.fallen());
        List<TrueIdentity> missing = civilians ? people.civilians(n.missing()) : people.servicemen(n.missing());
        String holder = plan.holder().value().toUpperCase(Locale.ROOT);
        String requester = plan.requester().value().toUpperCase(Locale.ROOT);
        String track = civilians ? "CIV" : "POW";

        Clerk keeper = new Clerk(naming, Clerk.HOLDING, rng.split());
        List<ListedPeople> holdings = new ArrayList<>();
        holdings.add(NumberedLists.alphabetical(maker, new NumberedLists.Kind(plan.holder(), ListPurpose.HOLDING, plan.category(),
                plan.titles().holding(), holder + "-" + track), held, (who, row) -> keeper.write(who, row, plan.category())));
        if (!fallen.isEmpty()) {
            RemainsClerk morgue = new RemainsClerk(naming, rng.split());
            holdings.add(NumberedLists.inOrder(maker, new NumberedLists.Kind(plan.holder(), ListPurpose.HOLDING, Category.REMAINS,
                    plan.titles().remains(), "BT-" + holder), fallen, morgue::write));
        }

        List<TrueIdentity> asked = new ArrayList<>(firstAfterShuffle(held, n.requestedHeld(), rng));
        asked.addAll(firstAfterShuffle(fallen, n.requestedFallen(), rng));
        asked.addAll(missing);
        asked.addAll(firstAfterShuffle(asked, n.repeated(), rng));
        shuffle(asked, rng);
        Clerk asker = new Clerk(naming, Clerk.REQUEST, rng.split());
        ListedPeople request = NumberedLists.inOrder(maker, new NumberedLists.Kind(plan.requester(), ListPurpose.REQUEST, plan.category(),
                plan.titles().request(), requester + "-REQ-" + track), asked, (who, row) -> asker.write(who, row, plan.category()));

        List<PersonList> lists = new ArrayList<>(holdings.stream().map(ListedPeople::list).toList());
        lists.add(request.list());
        return new Result(lists, request.truthAgainst(holdings));
    }

    private static <T> List<T> firstAfterShuffle(List<T> items, int n, SplittableRandom rng) {
        List<T> copy = new ArrayList<>(items);
        shuffle(copy, rng);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** Fisher-Yates with the scenario's stream (Collections.shuffle would want a java.util.Random). */
    static <T> void shuffle(List<T> items, SplittableRandom rng) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
