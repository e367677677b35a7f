package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.List;
import org.repatria.core.words.Phrase;

/** The plain lines that explain a tranche: its slot, and how far each side has come. */
final class Explanation {
    private Explanation() {
    }

    static String slot(Slot slot) {
        Capacity c = slot.capacity();
        List<String> room = new ArrayList<>();
        if (c.seats() > 0) {
            room.add(Phrase.SEATS.english(c.seats()));
        }
        if (c.stretchers() > 0) {
            room.add(Phrase.STRETCHERS.english(c.stretchers()));
        }
        if (c.bodies() > 0) {
            room.add(Phrase.WAGONS.english(c.wagons(), c.bodiesPerWagon()));
        }
        return Phrase.SLOT.english(slot.date(), slot.crossing(), room.isEmpty() ? Phrase.NO_ROOM.english() : String.join(", ", room));
    }

    static String progress(Allocation.Side first, Allocation.Side second) {
        return Phrase.PROGRESS_BOTH.english(first.name, first.done, first.target, second.name, second.done, second.target);
    }
}
