package org.corridor.evidence.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.table.CsvTable;
import org.corridor.evidence.targets.Targets;
import org.corridor.sim.behaviour.Behaviour;

/**
 * The model's free behavioural parameters ({@code free-parameters.csv}), their bounds and the targets that
 * inform each (column {@code informed_by}, space-separated target ids and series keys).
 */
public final class FreeParameters {
    public static final String FILE = "corridor/evidence/free-parameters.csv";
    static final List<String> COLUMNS = List.of("parameter", "element", "lower", "upper", "reason");

    private FreeParameters() {
    }

    public static List<FreeParameter> embedded(Behaviour behaviour) {
        return of(CsvTable.resource(FILE, COLUMNS), behaviour);
    }

    public static List<FreeParameter> of(CsvTable table, Behaviour behaviour) {
        List<FreeParameter> list = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("parameter");
            if (!behaviour.has(id)) {
                throw row.error("parameter", "no behaviour parameter '" + id + "'");
            }
            String element = row.text("element");
            int values = behaviour.parameter(id).values().size();
            boolean fits = switch (element) {
                case "ALL" -> values == 1;
                case "TJ", "KG", "UZ" -> values == 3;
                default -> element.matches("\\d{1,2}") && Integer.parseInt(element) < values && values > 1;
            };
            if (!fits) {
                throw row.error("element", id + " has " + values + " value(s): expected "
                        + (values == 1 ? "ALL" : values == 3 ? "TJ, KG, UZ or a position 0-2" : "a position 0-" + (values - 1)) + ", got '" + element + "'");
            }
            double lower = row.number("lower");
            double upper = row.number("upper");
            if (!(lower < upper)) {
                throw row.error("upper", "must be above lower (" + lower + "), got " + upper);
            }
            String informers = row.optionalText("informed_by");
            FreeParameter p = new FreeParameter(id, element, lower, upper, row.text("reason"),
                    informers.isEmpty() ? List.of() : List.of(informers.split("\\s+")));
            double now = behaviour.get(id, p.index());
            if (now < lower || now > upper) {
                throw row.error("lower", "the current value " + now + " of " + p.label() + " lies outside [" + lower + ", " + upper + "]");
            }
            if (seen.put(p.label(), row) != null) {
                throw row.error("parameter", p.label() + " is listed twice");
            }
            list.add(p);
        }
        return List.copyOf(list);
    }

    /** The names in the parameters' {@code informed_by} that are neither a target nor a series of {@code declared}: none in a sound table. */
    public static List<String> unknownInformers(List<FreeParameter> free, Targets declared) {
        List<String> unknown = new ArrayList<>();
        for (FreeParameter p : free) {
            for (String id : p.informedBy()) {
                if (!declared.isTarget(id) && !declared.series().contains(id)) {
                    unknown.add(p.label() + ": " + id);
                }
            }
        }
        return unknown;
    }

    /** The parameters a calibration with these targets can fit: those one of its targets informs. */
    public static List<FreeParameter> informedBy(List<FreeParameter> free, Targets targets) {
        return free.stream().filter(p -> p.informedBy(targets)).toList();
    }
}
