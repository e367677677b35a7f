package org.repatria.bench.match;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.repatria.match.Progress;

/**
 * The wall and CPU seconds of each step {@link org.repatria.match.Matcher#link} reports (prepare, block, compare,
 * score, decide): a step whose CPU is near its wall ran on one core of the two (docs/decisions/0186).
 */
final class Steps implements Progress {
    private final List<String> names = new ArrayList<>();
    private final List<long[]> marks = new ArrayList<>();

    @Override
    public void report(String stage, long done, long total) {
        names.add(stage);
        marks.add(new long[] {System.nanoTime(), MatchBench.processCpuNanos()});
    }

    /** One line: each step's wall and CPU seconds and their ratio (the cores it kept busy), up to {@code end}. */
    String line(long endWall, long endCpu) {
        StringBuilder b = new StringBuilder("steps (wall s / cpu s / cores):");
        for (int i = 0; i < names.size(); i++) {
            long[] from = marks.get(i);
            long[] to = i + 1 < marks.size() ? marks.get(i + 1) : new long[] {endWall, endCpu};
            double wall = (to[0] - from[0]) / 1e9;
            double cpu = (to[1] - from[1]) / 1e9;
            b.append(String.format(Locale.ROOT, " %s %.1f / %.1f / %.2f;", names.get(i), wall, cpu,
                    wall > 0 ? cpu / wall : 0));
        }
        return b.toString();
    }

    /** The JVM's collectors, heap limit and processors, so that a figure states what it ran with. */
    static String jvm() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "jvm: %s %s, collectors [%s], max heap %d MiB, %d processors, flags %s",
                System.getProperty("java.vm.name"), Runtime.version(), collectors,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
