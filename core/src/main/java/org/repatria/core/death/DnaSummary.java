package org.repatria.core.death;

import java.util.Locale;

/**
 * How the person was identified, as much as leaves the identifying side: the DNA case, the remains sample, the log10
 * likelihood ratio of the confirmed pairing and the relatives' kinship to the person (e.g. {@code mother; full sibling})
 * — never a profile, an allele or a relative's name.
 */
public record DnaSummary(String caseId, String remainsId, double log10Lr, String kinship) {
    /** The most characters of the kinship of the relatives used. */
    public static final int MAX_KINSHIP = 200;

    public DnaSummary {
        caseId = Lines.required("case", caseId, 64);
        remainsId = Lines.required("remains", remainsId, 64);
        if (!Double.isFinite(log10Lr)) {
            throw new DeathRecordException("log10_lr", "field log10_lr must be a finite number");
        }
        kinship = Lines.optional("kinship", kinship, MAX_KINSHIP);
    }

    /** The LR as the record writes it: six decimals, a point, whatever the locale. */
    public String log10LrText() {
        return String.format(Locale.ROOT, "%.6f", log10Lr);
    }
}
