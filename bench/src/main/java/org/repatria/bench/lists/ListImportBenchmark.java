package org.repatria.bench.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Person;
import org.repatria.demo.Scenario;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListDocument;
import org.repatria.lists.ListExport;
import org.repatria.lists.ListImport;

/**
 * Imports a 100,000-row list (the demo scenario's holding lists, several seeds, ids made unique) from CSV and
 * from XLSX, and prints for each the wall time, an upper bound of the peak heap (the sum of the heap
 * pools' peaks, reset before; the pools peak at different moments) and the heap live before and after.
 * Run with {@code -Xmx512m} (or less) to show the import fits: the JVM fails rather than exceed it.
 * Arguments: [rows] [repeats].
 */
public final class ListImportBenchmark {
    private ListImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        ListDocument list = rows(rows);
        byte[] csv = ListExport.csv(list);
        long t1 = System.nanoTime();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ListExport.xlsx(list, xlsx);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "rows %,d; CSV %,d bytes; XLSX %,d bytes; generate+CSV export %.1f s; XLSX export %.1f s; max heap %d MiB%n",
                rows, csv.length, xlsx.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
        list = null;
        ImportOptions options = ImportOptions.on(LocalDate.of(2025, 6, 2));
        for (int i = 1; i <= repeats; i++) {
            measure("CSV ", csv, options, i);
            measure("XLSX", xlsx.toByteArray(), options, i);
        }
    }

    private static void measure(String label, byte[] file, ImportOptions options, int run) {
        System.gc();
        long before = heapUsed();
        resetPeaks();
        long start = System.nanoTime();
        ImportResult result = ListImport.read(file, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        System.gc();
        long live = heapUsed();
        int count = result instanceof ImportResult.Accepted a ? a.list().rows().size() : -1;
        long errors = result.problems().stream().filter(p -> p.isError()).count();
        System.out.printf(Locale.ROOT, "%s run %d: %.2f s, heap: peak <= %d MiB (sum of pool peaks), %d MiB live before "
                        + "(file included), %d MiB live after (result included); rows %,d, errors %d, warnings %d%n",
                label, run, seconds, peak >> 20, before >> 20, live >> 20, count, errors, result.problems().size() - errors);
    }

    /** {@code n} rows of the scenario's holding lists, seeds 1, 2, ... until there are enough; ids prefixed by seed. */
    public static ListDocument rows(int n) {
        List<Person> entries = new ArrayList<>(n);
        for (long seed = 1; entries.size() < n; seed++) {
            for (PersonList list : Scenario.generate(seed).lists()) {
                if (list.header().purpose() != ListPurpose.HOLDING) {
                    continue; // a request names people a holding list holds: keep each person once
                }
                for (Person p : list.rows()) {
                    if (entries.size() == n) {
                        break;
                    }
                    entries.add(new Person("S" + seed + "-" + p.rowId(), p.name(), p.latin(), p.sex(),
                            p.birthDate(), p.birthPlace(), p.militaryId(), p.rank(), p.unit(), p.category()));
                }
            }
        }
        return new ListDocument(n + " rows of the demo scenario", "bench", LocalDate.of(2025, 6, 2), entries);
    }

    private static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
