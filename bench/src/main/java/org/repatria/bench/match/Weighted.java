package org.repatria.bench.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Values drawn with weights, read from the scenario data files bundled in module demo ("value|weight" or "weight|uk|ru"). */
final class Weighted {
    private final List<String[]> rows = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    /** Reads {@code file}; the weight is column {@code weightColumn}. */
    Weighted(String file, int weightColumn) {
        String path = "/org/repatria/demo/name/" + file;
        try (InputStream in = Weighted.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath (bench depends on demo)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.strip().split("\\|");
                    total += Double.parseDouble(p[weightColumn]);
                    rows.add(p);
                    cumulative.add(total);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random row. */
    String[] draw(SplittableRandom rng) {
        double x = rng.nextDouble() * total;
        int lo = 0;
        int hi = cumulative.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative.get(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return rows.get(lo);
    }
}
