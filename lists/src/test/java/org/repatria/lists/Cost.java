package org.repatria.lists;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Test fixture: what a piece of work cost the calling thread: wall time, CPU time (what a test asserts on: the machine
 * running the tests is shared, and a busy one stretches wall time without the work costing more) and bytes allocated
 * on the heap ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}: every allocation, freed or not,
 * so an upper bound on the heap the work needed). Prints the figures so a run's log keeps them.
 */
public record Cost<T>(T result, long millis, long cpuMillis, long allocatedBytes) {
    public static <T> Cost<T> of(String what, Supplier<T> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        System.out.printf("FIGURE %s: %,d ms wall, %,d ms CPU, %,d bytes allocated%n", what, millis, cpuMillis, allocated);
        return new Cost<>(result, millis, cpuMillis, allocated);
    }
}
