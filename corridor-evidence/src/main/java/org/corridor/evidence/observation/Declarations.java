package org.corridor.evidence.observation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.table.CsvTable;

/**
 * What the data declare about observations, whatever the calibration: which ones the model reads as
 * inputs ({@code inputs.csv}) and which ones it cannot reproduce by definition ({@code not-comparable.csv}).
 * Whether a figure is a target depends on the calibration and is not declared here.
 */
public final class Declarations {
    public static final String INPUTS = "corridor/evidence/inputs.csv";
    public static final String NOT_COMPARABLE = "corridor/evidence/not-comparable.csv";
    static final List<String> INPUT_COLUMNS = List.of("observation", "input", "key", "why");
    static final List<String> NOT_COMPARABLE_COLUMNS = List.of("observation", "reason");

    /**
     * An observation the model reads, or derives an input from.
     *
     * @param input the input file, relative to the module's resources (e.g. corridor/sim/behaviour.yaml)
     * @param key the parameter or series in it the figure feeds
     * @param why how the figure becomes the input
     */
    public record Input(String observation, String input, String key, String why) {
    }

    private static final Declarations NONE = new Declarations(Map.of(), Map.of());

    private final Map<String, Input> inputs;
    private final Map<String, String> notComparable;

    private Declarations(Map<String, Input> inputs, Map<String, String> notComparable) {
        this.inputs = inputs;
        this.notComparable = notComparable;
    }

    /** No declarations: every figure is a target, a check or has no output. */
    public static Declarations none() {
        return NONE;
    }

    public static Declarations embedded(Observations observations) {
        return of(CsvTable.resource(INPUTS, INPUT_COLUMNS), CsvTable.resource(NOT_COMPARABLE, NOT_COMPARABLE_COLUMNS), observations);
    }

    /** Reads the two tables; an unknown observation or one declared twice is reported by file, line and column. */
    public static Declarations of(CsvTable inputTable, CsvTable notComparableTable, Observations observations) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (CsvTable.Row row : inputTable.rows()) {
            String id = known(row, observations);
            if (inputs.put(id, new Input(id, row.text("input"), row.text("key"), row.text("why"))) != null) {
                throw row.error("observation", "'" + id + "' is declared an input twice");
            }
        }
        Map<String, String> notComparable = new LinkedHashMap<>();
        for (CsvTable.Row row : notComparableTable.rows()) {
            String id = known(row, observations);
            if (notComparable.put(id, row.text("reason")) != null) {
                throw row.error("observation", "'" + id + "' is declared not comparable twice");
            }
        }
        return new Declarations(Collections.unmodifiableMap(inputs), Collections.unmodifiableMap(notComparable));
    }

    private static String known(CsvTable.Row row, Observations observations) {
        String id = row.text("observation");
        if (!observations.has(id)) {
            throw row.error("observation", "no observation '" + id + "' in " + Observations.OBSERVATIONS);
        }
        return id;
    }

    /** The input an observation feeds, or null. */
    public Input input(String observation) {
        return inputs.get(observation);
    }

    /** Why the model cannot reproduce an observation's definition, or null when it can. */
    public String notComparable(String observation) {
        return notComparable.get(observation);
    }

    public Map<String, Input> inputs() {
        return inputs;
    }

    public Map<String, String> notComparable() {
        return notComparable;
    }
}
