package org.repatria.bench.lists;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.LinkableList;
import org.repatria.lists.ListImport;

/**
 * Reads a 100,000-row list whose rows carry errors (a share of them, seeded: an impossible day, no id, a repeated id,
 * an unknown sex, a word in two scripts, a birth date after the list's date) the ordinary way, which refuses it, and
 * for linking, which keeps every row (docs/decisions/0155); prints the wall time of each and what each gave.
 * Arguments: [rows] [share of rows with an error, 0..1] [repeats].
 */
public final class LinkableListBenchmark {
    private static final String[] FAULTS = {"day", "no-id", "same-id", "sex", "script", "future"};
    private static final String[] SURNAMES = {"Ковальчук", "Шевченко", "Бондаренко", "Мельник", "Ткаченко", "Лисенко",
        "Кравченко", "Олійник", "Савченко", "Руденко", "Гордієнко", "Марченко", "Петренко", "Бойко", "Коваленко"};
    private static final String[] GIVEN = {"Олександр", "Андрій", "Іван", "Дмитро", "Тарас", "Сергій", "Микола", "Петро",
        "Василь", "Юрій", "Богдан", "Олег"};

    private LinkableListBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        byte[] csv = faulty(rows, share, new SplittableRandom(14));
        ImportOptions options = ImportOptions.on(LocalDate.of(2025, 6, 2));
        System.out.printf(Locale.ROOT, "rows %,d, %.0f %% with an error; CSV %,d bytes; max heap %d MiB%n", rows, share * 100,
                csv.length, Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= repeats; run++) {
            long start = System.nanoTime();
            ImportResult strict = ListImport.read(csv, options);
            double strictSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            LinkableList linkable = ListImport.forLinking(csv, options);
            double linkSeconds = (System.nanoTime() - start) / 1e9;
            int kept = linkable instanceof LinkableList.Linkable l ? l.list().rows().size() : -1;
            System.out.printf(Locale.ROOT, "run %d: read %.2f s (%s, %,d problems); forLinking %.2f s (%,d rows kept, %,d problems"
                            + " listed, %,d more counted)%n", run, strictSeconds, strict.getClass().getSimpleName(),
                    strict.problems().size(), linkSeconds, kept, linkable.problems().size(), linkable.unlisted());
        }
    }

    /** {@code rows} prisoners of war as CSV (names drawn from short Ukrainian lists), {@code share} of them given one error. */
    static byte[] faulty(int rows, double share, SplittableRandom random) {
        StringBuilder out = new StringBuilder("id,surname,given_name,patronymic,sex,birth_date,military_id,category\n");
        for (int i = 0; i < rows; i++) {
            String id = "P" + i;
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String sex = "Ч";
            String birth = String.format(Locale.ROOT, "%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                    1965 + random.nextInt(40));
            if (random.nextDouble() < share) {
                switch (FAULTS[random.nextInt(FAULTS.length)]) {
                    case "day" -> birth = "32.03." + (1965 + random.nextInt(40));
                    case "no-id" -> id = "";
                    case "same-id" -> id = "P0";
                    case "sex" -> sex = "X";
                    case "script" -> given = given + "tz";
                    default -> birth = "2030-01-01";
                }
            }
            out.append(id).append(',').append(SURNAMES[random.nextInt(SURNAMES.length)]).append(',').append(given)
                    .append(',').append(GIVEN[random.nextInt(GIVEN.length)]).append("ович,").append(sex).append(',')
                    .append(birth).append(",АБ").append(100_000 + i).append(",POW\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
