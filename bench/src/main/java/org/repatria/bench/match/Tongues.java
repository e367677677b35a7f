package org.repatria.bench.match;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's own table of given names for {@link DuplicatedLists}: each name as Ukrainian and Russian write it,
 * and the son's patronymic from it in both languages (written here, not taken from the matcher or the demo tables).
 */
final class Tongues {
    /** A given name: Ukrainian and Russian forms, weight as a given name, weight as a father's, male patronymics. */
    record Given(String uk, String ru, int weight, int asFather, String ukPatronymic, String ruPatronymic) {
    }

    static final List<Given> MEN = List.of(
            new Given("Олександр", "Александр", 90, 70, "Олександрович", "Александрович"),
            new Given("Сергій", "Сергей", 60, 70, "Сергійович", "Сергеевич"),
            new Given("Андрій", "Андрей", 60, 40, "Андрійович", "Андреевич"),
            new Given("Дмитро", "Дмитрий", 55, 20, "Дмитрович", "Дмитриевич"),
            new Given("Володимир", "Владимир", 45, 75, "Володимирович", "Владимирович"),
            new Given("Віталій", "Виталий", 30, 25, "Віталійович", "Витальевич"),
            new Given("Юрій", "Юрий", 35, 55, "Юрійович", "Юрьевич"),
            new Given("Олексій", "Алексей", 35, 30, "Олексійович", "Алексеевич"),
            new Given("Максим", "Максим", 40, 5, "Максимович", "Максимович"),
            new Given("Іван", "Иван", 35, 55, "Іванович", "Иванович"),
            new Given("Микола", "Николай", 35, 70, "Миколайович", "Николаевич"),
            new Given("Віктор", "Виктор", 30, 60, "Вікторович", "Викторович"),
            new Given("Василь", "Василий", 25, 55, "Васильович", "Васильевич"),
            new Given("Ігор", "Игорь", 30, 35, "Ігорович", "Игоревич"),
            new Given("Роман", "Роман", 30, 15, "Романович", "Романович"),
            new Given("Михайло", "Михаил", 30, 45, "Михайлович", "Михайлович"),
            new Given("Євген", "Евгений", 30, 25, "Євгенович", "Евгеньевич"),
            new Given("Денис", "Денис", 25, 3, "Денисович", "Денисович"),
            new Given("Богдан", "Богдан", 20, 15, "Богданович", "Богданович"),
            new Given("Артем", "Артем", 30, 2, "Артемович", "Артемович"),
            new Given("Владислав", "Владислав", 25, 3, "Владиславович", "Владиславович"),
            new Given("Ярослав", "Ярослав", 20, 10, "Ярославович", "Ярославович"),
            new Given("Руслан", "Руслан", 25, 8, "Русланович", "Русланович"),
            new Given("Олег", "Олег", 25, 25, "Олегович", "Олегович"),
            new Given("Анатолій", "Анатолий", 15, 45, "Анатолійович", "Анатольевич"),
            new Given("Валерій", "Валерий", 12, 30, "Валерійович", "Валерьевич"),
            new Given("Петро", "Петр", 15, 45, "Петрович", "Петрович"),
            new Given("Павло", "Павел", 20, 20, "Павлович", "Павлович"),
            new Given("Тарас", "Тарас", 15, 8, "Тарасович", "Тарасович"),
            new Given("Назар", "Назар", 15, 3, "Назарович", "Назарович"),
            new Given("Костянтин", "Константин", 12, 12, "Костянтинович", "Константинович"),
            new Given("Степан", "Степан", 8, 25, "Степанович", "Степанович"),
            new Given("Григорій", "Григорий", 6, 25, "Григорович", "Григорьевич"),
            new Given("Антон", "Антон", 15, 6, "Антонович", "Антонович"),
            new Given("Леонід", "Леонид", 6, 25, "Леонідович", "Леонидович"),
            new Given("Федір", "Федор", 6, 20, "Федорович", "Федорович"),
            new Given("Ілля", "Илья", 15, 4, "Ілліч", "Ильич"),
            new Given("Кирило", "Кирилл", 12, 3, "Кирилович", "Кириллович"),
            new Given("Данило", "Даниил", 14, 3, "Данилович", "Даниилович"),
            new Given("Яків", "Яков", 3, 10, "Якович", "Яковлевич"),
            new Given("Семен", "Семен", 4, 15, "Семенович", "Семенович"),
            new Given("Борис", "Борис", 4, 18, "Борисович", "Борисович"));

    static final List<Given> WOMEN = List.of(
            new Given("Олена", "Елена", 40, 0, "", ""), new Given("Наталія", "Наталья", 35, 0, "", ""),
            new Given("Тетяна", "Татьяна", 35, 0, "", ""), new Given("Ірина", "Ирина", 30, 0, "", ""),
            new Given("Світлана", "Светлана", 25, 0, "", ""), new Given("Оксана", "Оксана", 30, 0, "", ""),
            new Given("Юлія", "Юлия", 30, 0, "", ""), new Given("Ольга", "Ольга", 25, 0, "", ""),
            new Given("Марія", "Мария", 20, 0, "", ""), new Given("Ганна", "Анна", 20, 0, "", ""),
            new Given("Катерина", "Екатерина", 20, 0, "", ""), new Given("Вікторія", "Виктория", 20, 0, "", ""),
            new Given("Анастасія", "Анастасия", 20, 0, "", ""), new Given("Надія", "Надежда", 10, 0, "", ""),
            new Given("Галина", "Галина", 10, 0, "", ""), new Given("Людмила", "Людмила", 12, 0, "", ""));

    private Tongues() {
    }

    /** A name from {@code names}, by its weight as a given name ({@code father} false) or as a father's name. */
    static Given draw(List<Given> names, boolean father, SplittableRandom rng) {
        int total = names.stream().mapToInt(g -> father ? g.asFather() : g.weight()).sum();
        int x = rng.nextInt(total);
        for (Given g : names) {
            x -= father ? g.asFather() : g.weight();
            if (x < 0) {
                return g;
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }

    /** A daughter's patronymic from a son's: -ович → -івна/-овна, -йович → -ївна, -евич → -евна, Ілліч/Ильич. */
    static String daughters(String sons, boolean russian) {
        if (sons.endsWith("ч") && !sons.endsWith("вич")) {
            return russian ? sons.substring(0, sons.length() - 1) + "нична" : sons.substring(0, sons.length() - 2) + "івна";
        }
        if (russian) {
            return sons.substring(0, sons.length() - 2) + "на";
        }
        return sons.endsWith("йович") ? sons.substring(0, sons.length() - 5) + "ївна"
                : sons.substring(0, sons.length() - 4) + "івна";
    }
}
