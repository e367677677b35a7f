package org.repatria.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;

/**
 * One direction of the exchange: the people of one side whom the other side holds, alive (prisoners)
 * or dead (remains), and their own side's request for them, which also names people nobody holds.
 */
final class Exchange {
    /** What to generate for one direction; the requested counts are drawn from the held and fallen ones. */
    record Plan(PartyId holder, PartyId requester, NameData.Side people, int held, int requestedHeld,
                int fallen, int requestedFallen, int missing,
                String holdingTitle, String remainsTitle, String requestTitle) {
    }

    /** The holding list, the remains list and the request, in that order, and which request rows are whom. */
    record Result(List<PersonList> lists, List<TruthPair> truth) {
    }

    /** A row written before the list is sorted and numbered. */
    private record Written(Identity who, Person row) {
    }

    private Exchange() {
    }

    static Result build(Plan plan, Naming naming, ListMaker lists, SplittableRandom rng) {
        People people = new People(plan.people(), rng.split());
        List<Identity> held = people.servicemen(plan.held());
        List<Identity> fallen = people.servicemen(plan.fallen());
        List<Identity> missing = people.servicemen(plan.missing());
        String holder = plan.holder().value().toUpperCase(Locale.ROOT);

        Clerk keeper = new Clerk(naming, Clerk.HOLDING, rng.split());
        List<Written> written = new ArrayList<>(held.size());
        for (Identity who : held) {
            written.add(new Written(who, keeper.write(who, "unnumbered", Category.POW)));
        }
        written.sort(Comparator.comparing(w -> w.row().name().full(), Alphabet.ORDER));
        Map<Identity, String> heldRows = new IdentityHashMap<>();
        List<Person> holdingRows = new ArrayList<>(held.size());
        for (Written w : written) {
            String row = String.format(Locale.ROOT, "%s-POW-%05d", holder, holdingRows.size() + 1);
            heldRows.put(w.who(), row);
            holdingRows.add(numbered(w.row(), row));
        }
        PersonList holding = lists.make(plan.holder(), ListPurpose.HOLDING, Category.POW, plan.holdingTitle(), holdingRows);

        Map<Identity, String> bodyTags = new IdentityHashMap<>();
        Remains morgue = new Remains(naming, rng.split());
        List<Person> remainsRows = new ArrayList<>(fallen.size());
        for (Identity who : fallen) {
            String tag = String.format(Locale.ROOT, "BT-%s-%05d", holder, remainsRows.size() + 1);
            bodyTags.put(who, tag);
            remainsRows.add(morgue.write(who, tag));
        }
        PersonList remains = lists.make(plan.holder(), ListPurpose.HOLDING, Category.REMAINS, plan.remainsTitle(), remainsRows);

        List<Identity> asked = new ArrayList<>(firstAfterShuffle(held, plan.requestedHeld(), rng));
        asked.addAll(firstAfterShuffle(fallen, plan.requestedFallen(), rng));
        asked.addAll(missing);
        shuffle(asked, rng);
        Clerk asker = new Clerk(naming, Clerk.REQUEST, rng.split());
        String requester = plan.requester().value().toUpperCase(Locale.ROOT);
        List<Person> requestRows = new ArrayList<>(asked.size());
        for (Identity who : asked) {
            String row = String.format(Locale.ROOT, "%s-REQ-%05d", requester, requestRows.size() + 1);
            requestRows.add(asker.write(who, row, Category.POW));
        }
        PersonList request = lists.make(plan.requester(), ListPurpose.REQUEST, Category.POW, plan.requestTitle(), requestRows);

        List<TruthPair> truth = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String row = requestRows.get(i).rowId();
            Identity who = asked.get(i);
            if (heldRows.containsKey(who)) {
                truth.add(new TruthPair(request.header().id(), row, holding.header().id(), heldRows.get(who)));
            } else if (bodyTags.containsKey(who)) {
                truth.add(new TruthPair(request.header().id(), row, remains.header().id(), bodyTags.get(who)));
            }
        }
        return new Result(List.of(holding, remains, request), truth);
    }

    private static Person numbered(Person p, String rowId) {
        return new Person(rowId, p.name(), p.latin(), p.sex(), p.birthDate(), p.birthPlace(), p.militaryId(), p.rank(),
                p.unit(), p.category());
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
