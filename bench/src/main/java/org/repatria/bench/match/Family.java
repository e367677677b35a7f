package org.repatria.bench.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deported child as the family knows them, in Ukrainian: masculine surname, given name, father's and mother's
 * given names, the mother's maiden surname, sex, birth date and place, and the date of removal. Drawn by whole
 * families, so brothers and sisters removed together (same surname, parents, place and removal) stand beside each
 * other, as they do in real lists.
 */
record Family(String surname, String givenName, String father, String mother, String motherMaiden, boolean female,
              LocalDate birthDate, String place, LocalDate removed) {

    /** Draws children family by family from the scenario's Ukrainian name and place data. */
    static final class Draw {
        private final Weighted surnames = new Weighted("uk-surnames.txt", 1);
        private final Weighted boys = new Weighted("uk-given-male.txt", 1);
        private final Weighted girls = new Weighted("uk-given-female.txt", 1);
        private final Weighted places = new Weighted("occupied-places.txt", 0);

        /** {@code n} children: 60% an only child, 30% two and 10% three removed together. */
        List<Family> children(int n, SplittableRandom rng) {
            List<Family> out = new ArrayList<>(n);
            while (out.size() < n) {
                double k = rng.nextDouble();
                int siblings = k < 0.6 ? 1 : k < 0.9 ? 2 : 3;
                String surname = surnames.draw(rng)[0];
                String father = boys.draw(rng)[0];
                String mother = girls.draw(rng)[0];
                String maiden = surnames.draw(rng)[0];
                String place = places.draw(rng)[1];
                LocalDate removed = LocalDate.of(2022, 3, 1).plusDays(rng.nextInt(900));
                List<String> given = new ArrayList<>();
                for (int i = 0; i < siblings && out.size() < n; i++) {
                    boolean female = rng.nextBoolean();
                    String name;
                    do {
                        name = (female ? girls : boys).draw(rng)[0];
                    } while (given.contains(name));
                    given.add(name);
                    LocalDate born = removed.minusDays(rng.nextInt(1, 18 * 365));
                    out.add(new Family(surname, name, father, mother, maiden, female, born, place, removed));
                }
            }
            return out;
        }
    }
}
