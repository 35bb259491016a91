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
 * The declared subset of observations the calibration fits: the point targets of {@code targets.csv}
 * and the years of the series of {@code series-targets.csv} ({@link SeriesTargets}). Every other
 * observation stays out of the fit and serves as a check. A calibration held back in time fits
 * {@link #until} a year; a report classes the figures by the targets a calibration's record lists
 * ({@link #only}).
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
            double tolerance = tolerance(row);
            double weight = weight(row);
            if (targets.put(id, new Target(id, tolerance, weight, row.text("reason"))) != null) {
                throw row.error("observation", "'" + id + "' is a target twice");
            }
        }
        return new Targets(Collections.unmodifiableMap(targets));
    }

    /** These targets and {@code more} (the years of the series by year); an observation may be a target once. */
    public Targets plus(List<Target> more) {
        Map<String, Target> all = new LinkedHashMap<>(byObservation);
        for (Target t : more) {
            if (all.put(t.observation(), t) != null) {
                throw new IllegalArgumentException("'" + t.observation() + "' is a target twice");
            }
        }
        return new Targets(Collections.unmodifiableMap(all));
    }

    /**
     * The targets of a calibration held back in time: the figures dated up to {@code year} (a point
     * target whose period ends by then, a series' years up to it). A series keeps its weight, shared
     * among the years it keeps.
     */
    public Targets until(int year, Observations observations) {
        Map<String, Integer> yearsBefore = new LinkedHashMap<>();
        Map<String, Integer> yearsKept = new LinkedHashMap<>();
        for (Target t : byObservation.values()) {
            if (t.inSeries()) {
                yearsBefore.merge(t.series(), 1, Integer::sum);
                if (observations.get(t.observation()).period().last() <= year) {
                    yearsKept.merge(t.series(), 1, Integer::sum);
                }
            }
        }
        Map<String, Target> kept = new LinkedHashMap<>();
        for (Target t : byObservation.values()) {
            if (observations.get(t.observation()).period().last() <= year) {
                kept.put(t.observation(), t.inSeries()
                        ? new Target(t.observation(), t.tolerance(), t.weight() * yearsBefore.get(t.series()) / yearsKept.get(t.series()), t.reason(),
                                t.series())
                        : t);
            }
        }
        return new Targets(Collections.unmodifiableMap(kept));
    }

    /** Only the targets among {@code observationIds} (those a calibration's record says it fitted), in this set's order. */
    public Targets only(java.util.Collection<String> observationIds) {
        Map<String, Target> kept = new LinkedHashMap<>();
        for (Target t : byObservation.values()) {
            if (observationIds.contains(t.observation())) {
                kept.put(t.observation(), t);
            }
        }
        return new Targets(Collections.unmodifiableMap(kept));
    }

    /** The keys of the series whose years are among these targets. */
    public java.util.Set<String> series() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        byObservation.values().stream().filter(Target::inSeries).forEach(t -> keys.add(t.series()));
        return keys;
    }

    public List<Target> all() {
        return List.copyOf(byObservation.values());
    }

    public Target get(String observation) {
        return byObservation.get(observation);
    }

    /** The years the targets refer to, first and last: what a calibration run must cover. */
    public Period span(Observations observations) {
        if (byObservation.isEmpty()) {
            throw new IllegalStateException("no targets");
        }
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

    /** A row's tolerance: a relative error above 0 and at most 1 (targets.csv and series-targets.csv alike). */
    static double tolerance(CsvTable.Row row) {
        double tolerance = row.number("tolerance");
        if (!(tolerance > 0 && tolerance <= 1)) {
            throw row.error("tolerance", "expected a relative error above 0 and at most 1, got " + tolerance);
        }
        return tolerance;
    }

    /** A row's weight in the objective: positive. */
    static double weight(CsvTable.Row row) {
        double weight = row.number("weight");
        if (!(weight > 0)) {
            throw row.error("weight", "expected a positive weight, got " + weight);
        }
        return weight;
    }
}
