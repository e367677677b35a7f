package org.repatria.server.desk;

import java.util.List;
import org.repatria.server.cta.CtaColumn;

/** The typed model of the CTA export's page ({@code cta.jte}). */
final class CtaViews {
    private CtaViews() {
    }

    /**
     * What the party's export holds now (rows, lists, of them handed over), whether the reader may add children, the
     * columns of the dictionary and the row limit.
     */
    record Export(Page page, int rows, int lists, long handedOver, boolean children, List<CtaColumn> columns,
                  int maxRows) {
    }
}
