package org.corridor.app.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * A Morris analysis's {@code screen.csv} read back: the one reader of the file that
 * {@link SensitivityWriter} writes, for {@code --screen} and for the lab's "most sensitive to".
 * Lines starting with {@code #} are comments (the lab's bundled copies say where they came from).
 */
public final class ScreenTable {
    /** The name the dummy factor (the seed) has in the file. */
    public static final String DUMMY = org.corridor.spark.sensitivity.SensitivityStudy.DUMMY;

    /** A parameter's rank for one answer (baseline, scenario or difference). */
    public record Row(String answer, int rank, String parameter, String score, int aboveNoise, int outputs) {
        public boolean dummy() {
            return parameter.equals(DUMMY);
        }
    }

    private ScreenTable() {
    }

    public static List<Row> read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("answer,")) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2].replace("\"", ""), f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5].trim())));
        }
        return rows;
    }

    /** The top parameters for an answer, the dummy left out. */
    public static List<Row> top(List<Row> rows, String answer, int top) {
        return rows.stream().filter(r -> r.answer().equals(answer) && !r.dummy()).limit(top).toList();
    }
}
