package org.repatria.bench.kinship;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.repatria.kinship.frequency.Locus;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.profile.Genotype;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/** Writes a {@link JointScenario} as Kinship CSV (DESIGN.md) plus {@code truth.csv}, to run it through other tools. */
final class JointCsv {

    private JointCsv() {
    }

    static void write(JointScenario s, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("frequencies.csv")))) {
            w.println("marker,allele,frequency");
            for (Locus l : s.data.frequencies().loci()) {
                for (int a = 0; a < l.size(); a++) {
                    w.printf(Locale.ROOT, "%s,%s,%.10g%n", l.name(), l.allele(a), l.frequency(a));
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("profiles.csv")))) {
            w.println("sample_id,marker,allele1,allele2");
            for (Profile p : new TreeMap<>(s.data.profiles()).values()) {
                for (Map.Entry<String, Genotype> g : new TreeMap<>(p.genotypes()).entrySet()) {
                    Locus l = s.data.frequencies().locus(g.getKey()).orElseThrow();
                    w.printf("%s,%s,%s,%s%n", p.sampleId(), g.getKey(), l.allele(g.getValue().first()), l.allele(g.getValue().second()));
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("remains.csv")))) {
            w.println("sample_id,sex");
            for (Remains r : s.data.remains()) {
                w.println(r.sampleId() + ",1");
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("pedigrees.csv")))) {
            w.println("family_id,member_id,father_id,mother_id,sex,sample_id,missing");
            for (Family f : s.data.families()) {
                for (Member m : f.members()) {
                    w.printf("%s,%s,%s,%s,%d,%s,%d%n", f.id(), m.id(), m.fatherId().orElse(""), m.motherId().orElse(""),
                            m.sex() == org.repatria.kinship.pedigree.Sex.MALE ? 1 : 2, m.sampleId().orElse(""), m.missing() ? 1 : 0);
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("truth.csv")))) {
            w.println("remains_id,family_id,missing_id");
            new TreeMap<>(s.truth).forEach((r, t) -> w.println(r + "," + t.replace('/', ',')));
        }
    }
}
