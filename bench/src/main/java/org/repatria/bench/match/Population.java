package org.repatria.bench.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws a population of Ukrainian servicemen and civilians with the hard cases of real lists: brothers serving in
 * one unit (same surname, patronymic, unit and place, born a few years apart) and namesakes (same surname and given
 * name, different father or date), on top of the namesakes that common names make anyway.
 */
final class Population {
    private final Weighted surnames = new Weighted("uk-surnames.txt", 1);
    private final Weighted male = new Weighted("uk-given-male.txt", 1);
    private final Weighted fathers = new Weighted("uk-given-male.txt", 2);
    private final Weighted female = new Weighted("uk-given-female.txt", 1);
    private final Weighted places = new Weighted("uk-places.txt", 0);
    private final Weighted units = new Weighted("uk-units.txt", 0);

    /** {@code n} people; about 8% are a brother of the one before, about 4% a namesake of someone earlier. */
    List<Identity> draw(int n, SplittableRandom rng) {
        List<Identity> out = new ArrayList<>(n);
        while (out.size() < n) {
            double kind = rng.nextDouble();
            if (kind < 0.08 && !out.isEmpty()) {
                out.add(brother(out.get(out.size() - 1), rng));
            } else if (kind < 0.12 && !out.isEmpty()) {
                out.add(namesake(out.get(rng.nextInt(out.size())), rng));
            } else {
                out.add(fresh(rng));
            }
        }
        return out;
    }

    private Identity fresh(SplittableRandom rng) {
        boolean isFemale = rng.nextDouble() < 0.1;
        String[] place = places.draw(rng);
        String[] unit = units.draw(rng);
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(rng.nextInt(365 * 40));
        return new Identity(surnames.draw(rng)[0], (isFemale ? female : male).draw(rng)[0], fathers.draw(rng)[0], isFemale,
                born, place[1], place[2], unit[1], unit[2], militaryId(rng));
    }

    private Identity brother(Identity of, SplittableRandom rng) {
        String given;
        do {
            given = male.draw(rng)[0];
        } while (given.equals(of.givenName()));
        return new Identity(of.surname(), given, of.father(), false, of.birthDate().plusDays(rng.nextInt(-2000, 2000)),
                of.placeUk(), of.placeRu(), of.unitUk(), of.unitRu(), militaryId(rng));
    }

    private Identity namesake(Identity of, SplittableRandom rng) {
        Identity other = fresh(rng);
        return new Identity(of.surname(), of.givenName(), other.father(), of.female(), other.birthDate(),
                other.placeUk(), other.placeRu(), other.unitUk(), other.unitRu(), other.militaryId());
    }

    private static String militaryId(SplittableRandom rng) {
        String letters = "АБВГДЕЖКМНОПРСТ";
        return "" + letters.charAt(rng.nextInt(letters.length())) + letters.charAt(rng.nextInt(letters.length()))
                + String.format(Locale.ROOT, "%06d", rng.nextInt(1_000_000));
    }
}
