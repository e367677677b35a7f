package org.repatria.server.cta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;

/**
 * What one export will hold, checked before a byte is written: the reader, the party's lists it reads (whole holding
 * lists, and of other lists only the rows the party handed over), their row count, and the exchanges' record.
 */
public final class CtaSelection {
    private final Account reader;
    private final String power;
    private final List<ListHeader> lists;
    private final Map<PersonRef, Exchanged> exchanged;
    private final Set<PersonRef> handedOnly;
    private final int rows;

    CtaSelection(Account reader, String power, List<ListHeader> lists, Map<PersonRef, Exchanged> exchanged,
                 Set<PersonRef> handedOnly, int rows) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.power = power;
        this.lists = List.copyOf(lists);
        this.exchanged = Map.copyOf(exchanged);
        this.handedOnly = Set.copyOf(handedOnly);
        this.rows = rows;
    }

    /** The lists the export reads, oldest first. */
    public List<ListHeader> lists() {
        return lists;
    }

    /** How many rows (persons) the export holds. */
    public int rows() {
        return rows;
    }

    /** How many of them the crossing recorded handed over. */
    public long handedOver() {
        return exchanged.values().stream().filter(Exchanged::crossed).count();
    }

    Account reader() {
        return reader;
    }

    String power() {
        return power;
    }

    Map<PersonRef, Exchanged> exchanged() {
        return exchanged;
    }

    /** Rows of lists other than holding lists that the export holds because the party handed them over. */
    Set<PersonRef> handedOnly() {
        return handedOnly;
    }
}
