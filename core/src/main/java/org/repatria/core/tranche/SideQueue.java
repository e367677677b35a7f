package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.List;
import org.repatria.core.agreement.Nominee;

/**
 * One side's nominees waiting for a place, in the order they go: the seriously wounded and sick first, then the rest
 * in the side's priority order. A person who does not fit a tranche (no stretcher left) waits for the next one
 * while those behind who fit go ahead.
 */
final class SideQueue {
    private final List<Nominee> waiting;
    private final boolean[] placed;
    private int head;
    private int left;

    SideQueue(List<Nominee> inPriority) {
        List<Nominee> order = new ArrayList<>(inPriority.stream().filter(Nominee::needsStretcher).toList());
        order.addAll(inPriority.stream().filter(n -> !n.needsStretcher()).toList());
        this.waiting = order;
        this.placed = new boolean[order.size()];
        this.left = order.size();
    }

    int left() {
        return left;
    }

    /** How many of the waiting could go in the room, at most {@code max}. */
    int fitting(Room room, int max) {
        Room trial = room.copy();
        int n = 0;
        for (int i = head; i < waiting.size() && n < max; i++) {
            if (!placed[i] && trial.fits(waiting.get(i))) {
                trial.use(waiting.get(i));
                n++;
            }
        }
        return n;
    }

    /** Takes up to {@code count} waiting nominees that fit the room, in order, using up the room. */
    List<Nominee> take(Room room, int count) {
        List<Nominee> out = new ArrayList<>();
        for (int i = head; i < waiting.size() && out.size() < count; i++) {
            if (!placed[i] && room.fits(waiting.get(i))) {
                room.use(waiting.get(i));
                placed[i] = true;
                out.add(waiting.get(i));
                left--;
            }
        }
        while (head < waiting.size() && placed[head]) {
            head++;
        }
        return out;
    }

    /** The nominees still waiting, in order. */
    List<Nominee> remaining() {
        List<Nominee> out = new ArrayList<>();
        for (int i = head; i < waiting.size(); i++) {
            if (!placed[i]) {
                out.add(waiting.get(i));
            }
        }
        return out;
    }
}
