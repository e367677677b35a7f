package org.repatria.kinship;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        for (String ds : new String[] {"example1", "example2", "fire", "planecrash", "icmp", "grave", "KETPchap481", "KETPchap484", "exclusionExample", "symmetricSibs"}) {
            KinshipData d = SharedData.load(SharedData.root().resolve("dvir-examples").resolve(ds), true);
            KinshipEngine e = new KinshipEngine(d);
            long t = System.nanoTime();
            var rows = e.search(-1000, (a, b) -> { });
            System.out.println(ds + " " + (System.nanoTime() - t) / 1e6 + " ms");
            rows.forEach(m -> System.out.println("  " + m.remainsId() + " " + m.familyId() + "/" + m.missingId() + " LR=" + Math.pow(10, m.log10Lr()) + " excl=" + m.exclusions()));
        }
    }
}
