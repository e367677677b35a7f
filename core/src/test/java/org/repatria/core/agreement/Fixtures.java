package org.repatria.core.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

/** Parties, agreements and nominees the exchange tests build on (the shape of the 2025 Istanbul talks). */
public final class Fixtures {
    public static final PartyId UA = new PartyId("ua");
    public static final PartyId RU = new PartyId("ru");
    public static final PartyId TR = new PartyId("tr-mfa");
    public static final LocalDate TALKS = LocalDate.of(2025, 6, 2);
    public static final Deadlines DEADLINES = new Deadlines(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 9, 30));

    private Fixtures() {
    }

    /** The list a side holds its prisoners (or remains) on. */
    public static ListId listOf(PartyId holder) {
        return new ListId(UUID.nameUUIDFromBytes(holder.value().getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code n} for {@code m} prisoners, the seriously wounded and sick exempt. */
    public static Agreement fixed(int n, int m) {
        return new Agreement(new AgreementId("ist-2025-pow"), AgreementKind.PRISONERS, UA, RU, TR,
                new Terms.FixedCounts(n, m, Eligibility.anyoneOf(Category.POW), Terms.article109()), DEADLINES);
    }

    /** All for all: the seriously wounded and sick, and those aged 18 to 25 on the day of the talks. */
    public static Agreement allForAll() {
        Eligibility young = new Eligibility(Set.of(Category.POW), Set.of(Health.FIT, Health.WOUNDED),
                Optional.of(new AgeRange(18, 25, TALKS)));
        return new Agreement(new AgreementId("ist-2025-young"), AgreementKind.PRISONERS, UA, RU, TR,
                new Terms.AllForAll(young, Terms.article109()), DEADLINES);
    }

    /** {@code count} bodies from Russia to Ukraine. */
    public static Agreement bodies(int count) {
        return new Agreement(new AgreementId("ist-2025-remains"), AgreementKind.REMAINS, UA, RU, TR,
                new Terms.OneWay(RU, OptionalInt.of(count), Eligibility.anyoneOf(Category.REMAINS)), DEADLINES);
    }

    /** A prisoner held by {@code holder}, row {@code n}, born 2001-03-10 (aged 24 at the talks). */
    public static Nominee prisoner(PartyId holder, int n, Health health) {
        return new Nominee(new PersonRef(listOf(holder), "r" + n), holder, Category.POW,
                new PartialDate.Day(LocalDate.of(2001, 3, 10)), health, holder.value().toUpperCase(Locale.ROOT)
                + "-" + n, "", "Prisoner " + holder + " " + n);
    }

    /** A prisoner born on the given partial date. */
    public static Nominee born(PartialDate birth) {
        Nominee p = prisoner(RU, 1, Health.FIT);
        return new Nominee(p.person(), p.holder(), p.category(), birth, p.health(), p.serviceNumber(), "", p.displayName());
    }

    /** Fit prisoners {@code from}..{@code to} (inclusive) held by {@code holder}. */
    public static List<Nominee> prisoners(PartyId holder, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prisoner(holder, i, Health.FIT)).toList();
    }

    /** The remains held by {@code holder} under body tag {@code BT-n}. */
    public static Nominee body(PartyId holder, int n) {
        return new Nominee(new PersonRef(listOf(holder), "b" + n), holder, Category.REMAINS, PartialDate.unknown(),
                Health.NOT_APPLICABLE, "", "BT-" + n, "Body " + n);
    }

    /** Bodies {@code from}..{@code to} held by {@code holder}. */
    public static List<Nominee> bodies(PartyId holder, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> body(holder, i)).toList();
    }
}
