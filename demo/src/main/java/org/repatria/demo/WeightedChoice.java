package org.repatria.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items with probability proportional to their weights; deterministic for a given random stream. */
final class WeightedChoice<T> {
    private final List<T> items;
    private final int[] upper;

    WeightedChoice(List<T> items, List<Integer> weights) {
        if (items.isEmpty() || items.size() != weights.size()) {
            throw new IllegalArgumentException("need as many weights as items, and at least one item");
        }
        this.items = List.copyOf(items);
        this.upper = new int[items.size()];
        int sum = 0;
        for (int i = 0; i < upper.length; i++) {
            sum += weights.get(i);
            upper[i] = sum;
        }
    }

    T pick(SplittableRandom rng) {
        int ticket = rng.nextInt(upper[upper.length - 1]);
        int i = Arrays.binarySearch(upper, ticket + 1);
        return items.get(i >= 0 ? i : -i - 1);
    }

    List<T> items() {
        return items;
    }
}
