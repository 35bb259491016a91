package org.corridor.evidence.targets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.table.CsvTable;

/**
 * The declared subset of observations the calibration fits ({@code targets.csv}). Every other
 * observation stays out of the fit and serves as a check.
 */
public final class Targets {
    public static final String FILE = "corridor/evidence/targets.csv";
    static final List<String> COLUMNS = List.of("observation", "tolerance", "weight", "reason");

    private final Map<String, Target> byObservation;

    private Targets(Map<String, Target> byObservation) {
        this.byObservation = byObservation;
    }

    public static Targets embedded(Observations observations) {
        return of(CsvTable.resource(FILE, COLUMNS), observations);
    }

    public static Targets of(CsvTable table, Observations observations) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("observation");
            if (!observations.has(id)) {
                throw row.error("observation", "no observation '" + id + "' in " + Observations.OBSERVATIONS);
            }
            double tolerance = row.number("tolerance");
            if (!(tolerance > 0 && tolerance <= 1)) {
                throw row.error("tolerance", "expected a relative error above 0 and at most 1, got " + tolerance);
            }
            double weight = row.number("weight");
            if (!(weight > 0)) {
                throw row.error("weight", "expected a positive weight, got " + weight);
            }
            if (targets.put(id, new Target(id, tolerance, weight, row.text("reason"))) != null) {
                throw row.error("observation", "'" + id + "' is a target twice");
            }
        }
        return new Targets(Collections.unmodifiableMap(targets));
    }

    public List<Target> all() {
        return List.copyOf(byObservation.values());
    }

    public Target get(String observation) {
        return byObservation.get(observation);
    }

    /** The years the targets refer to, first and last: what a calibration run must cover. */
    public Period span(Observations observations) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Target t : byObservation.values()) {
            Observation o = observations.get(t.observation());
            // A change needs the year before its first.
            first = Math.min(first, o.indicator().endsWith("_change") && o.period().years() == 1 ? o.period().first() - 1 : o.period().first());
            last = Math.max(last, o.period().last());
        }
        return new Period(first, last);
    }

    public boolean isTarget(String observation) {
        return byObservation.containsKey(observation);
    }
}
