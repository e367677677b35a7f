package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.PedigreeException;

/** {@code family_id,member_id,father_id,mother_id,sex,sample_id,missing}: one row per member. */
record PedigreeCsv(List<Family> families, Map<String, CsvFile.Row> sampleRows) {

    static PedigreeCsv read(Path path) {
        CsvFile file = CsvFile.read(path, "family_id", "member_id", "father_id", "mother_id", "sex", "sample_id", "missing");
        List<Family> families = new ArrayList<>();
        Map<String, CsvFile.Row> sampleRows = new HashMap<>();
        for (Map.Entry<String, List<CsvFile.Row>> group : KinshipCsv.groupBy(file, "family_id").entrySet()) {
            List<Member> members = new ArrayList<>();
            Map<String, CsvFile.Row> rowOf = new HashMap<>();
            boolean anyMissing = false;
            for (CsvFile.Row row : group.getValue()) {
                Member m = member(row);
                rowOf.putIfAbsent(m.id(), row);
                anyMissing |= m.missing();
                if (m.sampleId().isPresent() && sampleRows.putIfAbsent(m.sampleId().get(), row) != null) {
                    throw row.error("sample_id", "sample " + m.sampleId().get() + " is given to two pedigree members");
                }
                members.add(m);
            }
            if (!anyMissing) {
                throw group.getValue().get(0).error("missing", "family " + group.getKey() + " has no missing person (missing=1)");
            }
            try {
                families.add(new Family(group.getKey(), members));
            } catch (PedigreeException e) {
                CsvFile.Row row = rowOf.getOrDefault(e.memberId(), group.getValue().get(0));
                throw row.error("", e.getMessage());
            }
        }
        return new PedigreeCsv(families, sampleRows);
    }

    private static Member member(CsvFile.Row row) {
        String id = row.get("member_id");
        if (id.isEmpty()) {
            throw row.error("member_id", "is empty");
        }
        boolean missing = switch (row.get("missing")) {
            case "1" -> true;
            case "0", "" -> false;
            default -> throw row.error("missing", "'" + row.get("missing") + "' is not 1 (missing) or 0");
        };
        return new Member(id, optional(row.get("father_id")), optional(row.get("mother_id")), RemainsCsv.sex(row),
                optional(row.get("sample_id")), missing);
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
