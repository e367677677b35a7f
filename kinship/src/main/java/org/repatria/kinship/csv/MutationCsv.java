package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;

/**
 * {@code marker,model_female,rate_female,model_male,rate_male}, and optionally {@code rate2_female,range_female,
 * rate2_male,range_male}; models {@code equal}, {@code proportional}, {@code stepwise} (the extended stepwise model of
 * Familias and pedmut: {@code rate2} for jumps to or from microvariants such as 9.3, default 0; {@code range} the
 * weight of each extra step, default 0.5) or {@code none}. The optional columns are for stepwise rows only.
 */
final class MutationCsv {

    static final double STEPWISE_RANGE = 0.5;
    /** The largest stepwise range accepted: a longer jump at most 100 times as likely as a shorter one. */
    static final double MAX_RANGE = 100;

    private MutationCsv() {
    }

    static Map<String, MarkerMutation> read(Path path, FrequencyTable table) {
        CsvFile file = CsvFile.read(path, "marker", "model_female", "rate_female", "model_male", "rate_male");
        Map<String, MarkerMutation> out = new HashMap<>();
        for (CsvFile.Row row : file.rows) {
            String marker = row.get("marker");
            if (table.locus(marker).isEmpty()) {
                throw row.error("marker", "marker '" + marker + "' is not in the frequency table");
            }
            MarkerMutation m = new MarkerMutation(model(row, "female"), model(row, "male"));
            if (out.put(marker, m) != null) {
                throw row.error("marker", marker + " is listed twice");
            }
        }
        return out;
    }

    private static MutationModel model(CsvFile.Row row, String sex) {
        String name = row.get("model_" + sex).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("none")) {
            return new MutationModel.None();
        }
        double rate = KinshipCsv.number(row, "rate_" + sex);
        if (!(rate >= 0 && rate <= 1)) {
            throw row.error("rate_" + sex, rate + " is not a probability in [0, 1]");
        }
        if (!name.equals("stepwise")) {
            for (String extra : new String[] {"rate2_", "range_"}) {
                if (!row.get(extra + sex).isEmpty()) {
                    throw row.error(extra + sex, "is for the stepwise model only, not " + name + "; leave it empty");
                }
            }
        }
        return switch (name) {
            case "equal" -> new MutationModel.Equal(rate);
            case "proportional" -> new MutationModel.Proportional(rate);
            case "stepwise" -> stepwise(row, sex, rate);
            default -> throw row.error("model_" + sex, "'" + name + "' is not equal, proportional, stepwise or none");
        };
    }

    private static MutationModel stepwise(CsvFile.Row row, String sex, double rate) {
        double rate2 = row.get("rate2_" + sex).isEmpty() ? 0 : KinshipCsv.number(row, "rate2_" + sex);
        if (!(rate2 >= 0 && rate + rate2 <= 1)) {
            throw row.error("rate2_" + sex, rate2 + " is not a rate in [0, 1 - rate_" + sex + "] (rate_" + sex + " is " + rate + ")");
        }
        double range = row.get("range_" + sex).isEmpty() ? STEPWISE_RANGE : KinshipCsv.number(row, "range_" + sex);
        if (!(range > 0 && range <= MAX_RANGE)) {
            throw row.error("range_" + sex, range + " is not a range in (0, " + (int) MAX_RANGE + "]");
        }
        return new MutationModel.Stepwise(rate, rate2, range);
    }
}
