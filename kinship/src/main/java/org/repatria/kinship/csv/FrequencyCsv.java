package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.frequency.Locus;

/**
 * {@code marker,allele,frequency} (or the Familias list format, see {@link FamiliasFrequencies}): every frequency in (0, 1], each marker summing to 1 within 0.01 and then
 * rescaled to sum to exactly 1 (as pedtools does), so an uninformative pedigree gives an LR of exactly 1.
 */
final class FrequencyCsv {

    private FrequencyCsv() {
    }

    static FrequencyTable read(Path path) {
        String first = CsvFile.text(path).strip().lines().findFirst().orElse("");
        return build(first.contains(",") ? CsvFile.read(path, "marker", "allele", "frequency") : FamiliasFrequencies.read(path));
    }

    /** Checks and builds the table from rows with fields marker, allele, frequency. */
    static FrequencyTable build(CsvFile file) {
        List<Locus> loci = new ArrayList<>();
        for (Map.Entry<String, List<CsvFile.Row>> marker : KinshipCsv.groupBy(file, "marker").entrySet()) {
            List<String> alleles = new ArrayList<>();
            double[] f = new double[marker.getValue().size()];
            double sum = 0;
            for (int i = 0; i < f.length; i++) {
                CsvFile.Row row = marker.getValue().get(i);
                if (row.get("allele").isEmpty()) {
                    throw row.error("allele", "is empty");
                }
                if (alleles.contains(row.get("allele"))) {
                    throw row.error("allele", row.get("allele") + " is listed twice for marker " + marker.getKey());
                }
                alleles.add(row.get("allele"));
                f[i] = KinshipCsv.number(row, "frequency");
                if (!(f[i] > 0 && f[i] <= 1)) {
                    throw row.error("frequency", f[i] + " is not in (0, 1]; an allele of frequency 0 cannot be explained"
                            + " by any relationship: remove the row or give the allele a small positive frequency");
                }
                sum += f[i];
            }
            if (Math.abs(sum - 1) > 0.01) {
                throw marker.getValue().get(0).error("marker", "frequencies of " + marker.getKey() + " sum to " + sum
                        + ", not 1; complete or rescale the table");
            }
            for (int i = 0; i < f.length; i++) {
                f[i] /= sum;
            }
            try {
                loci.add(new Locus(marker.getKey(), alleles, f));
            } catch (KinshipException e) {
                throw marker.getValue().get(0).error("marker", e.getMessage());
            }
        }
        return new FrequencyTable(loci);
    }
}
