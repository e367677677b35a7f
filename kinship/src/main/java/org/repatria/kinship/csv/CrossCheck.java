package org.repatria.kinship.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repatria.kinship.profile.Remains;

/** Checks the files against each other: every sample named has a profile, every profile belongs to someone. */
final class CrossCheck {

    private CrossCheck() {
    }

    static void run(KinshipCsv.Files files, ProfileCsv profiles, List<Remains> remains, PedigreeCsv pedigrees) {
        Set<String> named = new HashSet<>(pedigrees.sampleRows().keySet());
        for (Remains r : remains) {
            named.add(r.sampleId());
            if (!profiles.profiles().containsKey(r.sampleId())) {
                throw new KinshipInputException(files.remains().getFileName().toString(), rowOf(files, r.sampleId()),
                        "sample_id", "remains " + r.sampleId() + " has no profile in " + files.profiles().getFileName());
            }
            if (pedigrees.sampleRows().containsKey(r.sampleId())) {
                throw pedigrees.sampleRows().get(r.sampleId()).error("sample_id",
                        "sample " + r.sampleId() + " is listed as remains, not as a reference");
            }
        }
        for (Map.Entry<String, CsvFile.Row> e : pedigrees.sampleRows().entrySet()) {
            if (!profiles.profiles().containsKey(e.getKey())) {
                throw e.getValue().error("sample_id", "sample " + e.getKey() + " has no profile in " + files.profiles().getFileName());
            }
        }
        for (Map.Entry<String, CsvFile.Row> e : profiles.firstRow().entrySet()) {
            if (!named.contains(e.getKey())) {
                throw e.getValue().error("sample_id", "sample " + e.getKey()
                        + " is neither in the remains list nor in any pedigree; add it to one of them or drop its rows");
            }
        }
    }

    private static int rowOf(KinshipCsv.Files files, String sampleId) {
        List<CsvFile.Row> rows = CsvFile.read(files.remains(), "sample_id").rows;
        return rows.stream().filter(r -> r.get("sample_id").equals(sampleId)).mapToInt(CsvFile.Row::number).findFirst().orElse(0);
    }
}
