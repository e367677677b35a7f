package org.repatria.match.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.repatria.match.Preparation;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

/**
 * A search read into terms: each word a name (surname, given name or patronymic, in any script or romanisation), a
 * birth date (YYYY-MM-DD or DD.MM.YYYY), a birth year, or a military id (letters and digits, the series and the number
 * together or apart: "СО 187998"). Each term knows the keys
 * it is filed under in {@link NameSearch} and how well a row answers it (0–1).
 */
record Query(List<Term> terms) {
    /** The longest query read, in characters. */
    static final int MAX_CHARS = 200;
    /** The most words a query may have. */
    static final int MAX_WORDS = 8;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    /** The series of a military id written apart from its number ("СО 187998", "AK 123456"). */
    private static final Pattern SERIES = Pattern.compile("\\p{L}{1,3}");
    private static final Pattern NUMBER = Pattern.compile("\\d{4,}");

    /** One part of a query. */
    sealed interface Term permits NameTerm, DateTerm, YearTerm, IdTerm {
        /** The search keys a row answering this term is filed under. */
        List<String> keys();

        /** How well the row answers the term: 1 exactly, less for a sound-alike, 0 not at all. */
        double quality(Profile row);
    }

    /** Reads a query; throws IllegalArgumentException naming the limit when it is too long or has too many words. */
    static Query parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a search is at most " + MAX_CHARS + " characters (got " + text.length() + ")");
        }
        String[] words = text.strip().split("[\\s,;]+");
        if (words.length > MAX_WORDS) {
            throw new IllegalArgumentException("a search is at most " + MAX_WORDS + " words (got " + words.length + ")");
        }
        Names names = new Names(); // per query: its cache must not grow with what strangers type
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length && series(words[i], words[i + 1])) {
                term(words[i] + words[++i], names).ifPresent(terms::add);
            } else {
                term(words[i], names).ifPresent(terms::add);
            }
        }
        return new Query(List.copyOf(terms));
    }

    /** Whether {@code word} is the series of the military id whose number is {@code next}, as ids are written on lists. */
    private static boolean series(String word, String next) {
        return SERIES.matcher(word).matches() && NUMBER.matcher(next).matches() && !YEAR.matcher(next).matches();
    }

    private static Optional<Term> term(String word, Names names) {
        if (DATE.matcher(word).matches()) {
            return PartialDate.parse(word).map(d -> d.complete() ? new DateTerm(d) : new YearTerm(d.year()));
        }
        if (YEAR.matcher(word).matches()) {
            return Optional.of(new YearTerm(Integer.parseInt(word)));
        }
        if (word.chars().anyMatch(Character::isDigit)) {
            String id = Preparation.identifier(word);
            return id.length() >= 3 ? Optional.of(IdTerm.of(id)) : Optional.empty();
        }
        String letters = word.replaceAll("[^\\p{L}'’ʼ-]", "");
        Name plain = names.plain(letters);
        return plain.missing() ? Optional.empty() : Optional.of(new NameTerm(plain, names.given(letters)));
    }

    /** A name word: it may be the row's surname, given name or patronymic. */
    record NameTerm(Name plain, Name given) implements Term {
        @Override
        public List<String> keys() {
            List<String> out = new ArrayList<>();
            plain.keys().forEach(k -> out.add("n|" + k));
            if (!given.equivalence().isEmpty()) {
                out.add("g|" + given.equivalence());
            }
            return out;
        }

        @Override
        public double quality(Profile row) {
            double given = !this.given.equivalence().isEmpty()
                    && this.given.equivalence().equals(row.givenName().equivalence()) ? 1 : of(row.givenName(), 1);
            return Math.max(Math.max(of(row.surname(), 1), given), of(row.patronymic(), 0.7));
        }

        /**
         * {@code best} when a romanised form is shared, 85% of it when only a sound key is. (Matching's slower name
         * levels — a slip of the pen, Jaro–Winkler — were tried: at a million rows they doubled the median time and
         * found one true person in thirty more among those asked for with a date.)
         */
        private double of(Name n, double best) {
            if (n.missing()) {
                return 0;
            }
            for (String f : plain.forms()) {
                if (n.forms().contains(f)) {
                    return best;
                }
            }
            for (String k : plain.keys()) {
                if (n.keys().contains(k)) {
                    return 0.85 * best;
                }
            }
            return 0;
        }
    }

    /** A full birth date. */
    record DateTerm(PartialDate date) implements Term {
        @Override
        public List<String> keys() {
            return List.of(NameSearch.dateKey(date));
        }

        @Override
        public double quality(Profile row) {
            return row.birthDate().map(this::agreement).orElse(0.0);
        }

        /** 1 for the same date; 0.6 for day and month swapped or the year one off; 0.5 for the year alone given; 0.3 for the same year. */
        private double agreement(PartialDate d) {
            if (d.equals(date)) {
                return 1;
            }
            if (!d.complete()) {
                return d.year() == date.year() ? 0.5 : 0;
            }
            boolean swapped = d.year() == date.year() && d.month() == date.day() && d.day() == date.month();
            boolean yearOff = Math.abs(d.year() - date.year()) == 1 && d.month() == date.month() && d.day() == date.day();
            return swapped || yearOff ? 0.6 : d.year() == date.year() ? 0.3 : 0;
        }
    }

    /** A birth year. */
    record YearTerm(int year) implements Term {
        @Override
        public List<String> keys() {
            return List.of("y|" + year);
        }

        @Override
        public double quality(Profile row) {
            int off = row.birthDate().map(d -> Math.abs(d.year() - year)).orElse(99);
            return off == 0 ? 1 : off == 1 ? 0.3 : 0;
        }
    }

    /**
     * A military (or other document) id, reduced as matching reduces it, with the forms its series has when its Latin
     * letters were typed as the romanisation of Cyrillic ones: "SO 187998" is also "СО 187998" (С is romanised S, and
     * reduces to the look-alike c). Search only: matching compares ids as they are written.
     */
    record IdTerm(List<String> ids) implements Term {
        /** Latin letters that romanise a Cyrillic series letter, and the look-alike that letter reduces to. */
        private static final String ROMANISED = "srnvu";
        private static final String LOOK_ALIKE = "cphby";
        /** Longest series whose letters are tried both ways (2^3 forms at most). */
        private static final int MAX_SERIES = 3;

        static IdTerm of(String id) {
            List<String> forms = new ArrayList<>(List.of(id));
            int series = 0;
            while (series < id.length() && Character.isLetter(id.charAt(series))) {
                series++;
            }
            for (int i = 0; i < Math.min(series, MAX_SERIES); i++) {
                int k = ROMANISED.indexOf(id.charAt(i));
                if (k < 0) {
                    continue;
                }
                for (String f : List.copyOf(forms)) {
                    forms.add(f.substring(0, i) + LOOK_ALIKE.charAt(k) + f.substring(i + 1));
                }
            }
            return new IdTerm(List.copyOf(forms));
        }

        @Override
        public List<String> keys() {
            return ids.stream().map(id -> "i|" + id).toList();
        }

        @Override
        public double quality(Profile row) {
            return ids.contains(row.identifier()) ? 1 : 0;
        }
    }
}
