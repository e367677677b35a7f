package org.repatria.server.identification;

import java.util.LinkedHashMap;
import java.util.Map;

/** A case the joint search must refuse: eight missing brothers, no typed relative, eight remains; 1,441,729 assignments. */
final class EightBrothers {

    private EightBrothers() {
    }

    static Map<String, String> files() {
        StringBuilder profiles = new StringBuilder("sample_id,marker,allele1,allele2\n");
        StringBuilder remains = new StringBuilder("sample_id,sex\n");
        StringBuilder pedigrees = new StringBuilder("family_id,member_id,father_id,mother_id,sex,sample_id,missing\n"
                + "F,fa,,,1,,0\nF,mo,,,2,,0\n");
        for (int i = 1; i <= 8; i++) {
            profiles.append("V").append(i).append(",L1,1,2\n");
            remains.append("V").append(i).append(",1\n");
            pedigrees.append("F,M").append(i).append(",fa,mo,1,,1\n");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("frequencies", "marker,allele,frequency\nL1,1,0.5\nL1,2,0.5\n");
        files.put("profiles", profiles.toString());
        files.put("remains", remains.toString());
        files.put("pedigrees", pedigrees.toString());
        return files;
    }
}
