package org.repatria.kinship.csv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.repatria.kinship.frequency.FrequencyTable;
import org.repatria.kinship.mutation.MarkerMutation;
import org.repatria.kinship.mutation.MutationModel;

/**
 * {@code marker,model_female,rate_female,model_male,rate_male}; models {@code equal}, {@code proportional},
 * {@code stepwise} (pedmut's, with range 0.5 and no microvariant jumps) or {@code none}.
 */
final class MutationCsv {

    static final double STEPWISE_RANGE = 0.5;

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
        return switch (name) {
            case "equal" -> new MutationModel.Equal(rate);
            case "proportional" -> new MutationModel.Proportional(rate);
            case "stepwise" -> new MutationModel.Stepwise(rate, 0, STEPWISE_RANGE);
            default -> throw row.error("model_" + sex, "'" + name + "' is not equal, proportional, stepwise or none");
        };
    }
}
