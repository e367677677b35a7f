package org.repatria.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.demo.name.NameForms;

/**
 * The synthetic scenario of {@code repatria demo}, set at the Istanbul round of 2 June 2025: the parties,
 * demo accounts, each side's holding and request lists, 6,000 remains, 339 deported children with their cases as
 * the families give them, the ground truth of which request row names which held person, and the summer that
 * follows: each request's deadline and the requested sides' answers, the children's in three parts (docs/decisions/0151). The same seed gives the same scenario on
 * any machine: everything is drawn from one {@link SplittableRandom} and no clock is read.
 */
public final class Scenario {
    /** When the first list is created; the others follow a quarter of an hour apart. */
    public static final Instant BASE = Instant.parse("2025-06-02T09:00:00Z");
    /** How many deported children the children's request names. */
    public static final int CHILDREN = 339;
    /** When the mediator reminds the requested side of the children's list, three days past its deadline. */
    public static final Instant CHILDREN_REMINDER = Instant.parse("2025-08-05T09:00:00Z");

    private final long seed;
    private final List<Party> parties;
    private final List<DemoAccount> accounts;
    private final List<PersonList> lists;
    private final List<TruthPair> truth;
    private final Answering.Answered answered;

    private Scenario(long seed, List<DemoAccount> accounts, List<PersonList> lists, List<TruthPair> truth,
                     Answering.Answered answered) {
        this.seed = seed;
        this.parties = Participants.parties();
        this.accounts = List.copyOf(accounts);
        this.lists = List.copyOf(lists);
        this.truth = List.copyOf(truth);
        this.answered = answered;
    }

    /** The demo accounts of {@code seed}, exactly as {@link #generate} makes them, without making the lists. */
    public static List<DemoAccount> accounts(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split(); // the list maker's stream: generate splits it off first
        return Participants.accounts(root.split());
    }

    /** Generates the scenario for {@code seed}. */
    public static Scenario generate(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        NameData data = NameData.get();
        NameWriter naming = new NameWriter(NameForms.standard());
        ListMaker maker = new ListMaker(root.split());
        List<DemoAccount> accounts = Participants.accounts(root.split());
        List<PersonList> lists = new ArrayList<>();
        List<TruthPair> truth = new ArrayList<>();
        for (TrackLists.Plan plan : plans(data)) {
            TrackLists.Result result = TrackLists.build(plan, naming, maker, root.split());
            lists.addAll(result.lists());
            truth.addAll(result.truth());
        }
        ListedPeople children = children(data, naming, maker, root.split());
        lists.add(children.list());
        // Split off after everything else, so the lists stay what they were before the children had cases.
        Answering.Answered answered = Answering.play(data, naming, maker, lists, truth, children, root.split());
        lists.add(answered.located());
        truth.addAll(answered.truth());
        return new Scenario(seed, accounts, lists, truth, answered);
    }

    private static List<TrackLists.Plan> plans(NameData data) {
        return List.of(
                new TrackLists.Plan(Participants.RU, Participants.UA, data.ukrainian, Category.POW,
                        new TrackLists.Counts(1_300, 1_100, 6_000, 150, 250, 15), new TrackLists.Titles(
                        "Военнопленные ВСУ, содержащиеся Российской Федерацией",
                        "Тела погибших военнослужащих ВСУ, подлежащие передаче украинской стороне",
                        "Запит про повернення військовослужбовців Сил оборони України")),
                new TrackLists.Plan(Participants.UA, Participants.RU, data.russian, Category.POW,
                        new TrackLists.Counts(1_250, 1_000, 400, 60, 140, 8), new TrackLists.Titles(
                        "Військовополонені ЗС РФ, які утримуються Україною",
                        "Тіла загиблих військовослужбовців ЗС РФ, що підлягають передачі",
                        "Запрос о возвращении военнослужащих ВС РФ")),
                new TrackLists.Plan(Participants.RU, Participants.UA, data.ukrainian, Category.CIVILIAN,
                        new TrackLists.Counts(45, 40, 0, 0, 20, 0), new TrackLists.Titles(
                        "Удерживаемые гражданские лица — граждане Украины", "",
                        "Запит про звільнення цивільних осіб, які незаконно утримуються")));
    }

    private static ListedPeople children(NameData data, NameWriter naming, ListMaker maker, SplittableRandom rng) {
        List<TrueIdentity> children = new SyntheticPeople(data.ukrainian, rng.split()).children(CHILDREN, data.occupiedPlaces);
        Clerk clerk = new Clerk(naming, Clerk.CHILDREN, rng.split());
        var kind = new NumberedLists.Kind(Participants.UA, ListPurpose.REQUEST, Category.CHILD,
                "Перелік депортованих дітей, повернення яких вимагає Україна", "UA-CH");
        return NumberedLists.alphabetical(maker, kind, children, (who, row) -> clerk.write(who, row, Category.CHILD));
    }

    /** The seed this scenario was generated from. */
    public long seed() {
        return seed;
    }

    /** Ukraine ({@code ua}), Russia ({@code ru}), the mediator Türkiye ({@code tr}), the observer ICRC ({@code icrc}). */
    public List<Party> parties() {
        return parties;
    }

    /**
     * One demo account per desk: ua.desk, ua.dna, ru.desk, ru.dna, tr.mediator, icrc.observer; then the accounts that
     * work children's cases (ua.children, ru.children) and the supervisors (ua.supervisor, ru.supervisor, tr.supervisor).
     */
    public List<DemoAccount> accounts() {
        return accounts;
    }

    /** Every list, in order of creation. */
    public List<PersonList> lists() {
        return lists;
    }

    /** The list {@code author} made for {@code purpose} on the {@code category} track, if there is one. */
    public Optional<PersonList> list(PartyId author, ListPurpose purpose, Category category) {
        return lists.stream().filter(l -> l.header().author().equals(author) && l.header().purpose() == purpose
                && l.header().category() == category).findFirst();
    }

    /** For every request row that names someone a holding list contains, the pair of rows; in request-row order. */
    public List<TruthPair> truth() {
        return truth;
    }

    /** Each child's case as the family gives it, in the order of the children's list. */
    public List<ChildCase> childCases() {
        return answered.cases();
    }

    /** The records under which the requested side holds the children it located (often a changed name). */
    public List<HeldChild> heldChildren() {
        return answered.held();
    }

    /** The located children handed back in July 2025 and reunified with a guardian named in their case. */
    public List<ChildReturn> childReturns() {
        return answered.returns();
    }

    /** Every answers document the requested sides send, oldest first: children's in three parts, the others' in two. */
    public List<AnswerPart> answers() {
        return answered.answers();
    }

    /** The response deadline the mediator sets on each request list. */
    public Map<ListId, Instant> deadlines() {
        return answered.deadlines();
    }
}
