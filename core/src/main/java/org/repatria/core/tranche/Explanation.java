package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.List;

/** The plain lines that explain a tranche: its slot, and how far each side has come. */
final class Explanation {
    private Explanation() {
    }

    static String slot(Slot slot) {
        Capacity c = slot.capacity();
        List<String> room = new ArrayList<>();
        if (c.seats() > 0) {
            room.add(c.seats() + " seats");
        }
        if (c.stretchers() > 0) {
            room.add(c.stretchers() + " stretchers");
        }
        if (c.bodies() > 0) {
            room.add(c.wagons() + " refrigerated wagons of " + c.bodiesPerWagon() + " bodies");
        }
        return slot.date() + " at " + slot.crossing() + ": each way " + (room.isEmpty() ? "no room" : String.join(", ", room));
    }

    static String progress(Allocation.Side first, Allocation.Side second) {
        return "after this tranche: " + first.name + " " + first.done + " of " + first.target + ", " + second.name + " "
                + second.done + " of " + second.target;
    }
}
