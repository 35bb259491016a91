package org.corridor.evidence.outputs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.corridor.sim.yaml.InputError;

/**
 * One {@link YearTable} per replica, filled from the rows of an ensemble's replica tables
 * ({@link EnsembleDirectory#series()} and {@link EnsembleDirectory#households()}): the columns of a
 * run's series.csv and households.csv keyed by replica, already full-population estimates, so nothing
 * is divided here. The files are Parquet, which DuckDB reads in the application (this module does not
 * depend on it); the reader hands the rows over and this class makes the checks {@link RunDirectory}
 * makes of a run: known origins and destinations, months inside the period, and each replica's
 * series giving the same months as its households.
 */
public final class ReplicaTables {
    private final Path series;
    private final Path households;
    private final int firstYear;
    private final int lastYear;
    private final SortedMap<Integer, Replica> replicas = new TreeMap<>();

    /** A replica's table as it fills, and the months each file has given it. */
    private record Replica(YearTable table, Set<String> householdMonths, Set<String> seriesMonths) {
    }

    /**
     * @param series the file the people rows come from, and {@code households} the household rows'
     *     (for messages)
     */
    public ReplicaTables(Path series, Path households, int firstYear, int lastYear) {
        this.series = series;
        this.households = households;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** A row of the households table: its measures in the order of {@link HouseholdMeasure#ALL}. */
    public void addHouseholds(int replica, String month, String origin, double[] measures) {
        Replica r = replica(replica);
        YearMonth ym = month(households, month);
        int year = ym.getYear();
        // The households table has one row per origin and month: a month is counted at its first row.
        if (r.householdMonths().add(month)) {
            r.table().countMonth(ym);
        }
        Origin o = RunDirectory.origin(households, 0, origin);
        for (HouseholdMeasure m : HouseholdMeasure.ALL) {
            r.table().addHouseholds(year, o, m, measures[m.ordinal()]);
        }
    }

    /** A row of the series table (sex M or F): its measures in the order of {@link Measure#ALL}; legal states add up. */
    public void addPeople(int replica, String month, String origin, String destination, String sex, double[] measures) {
        Replica r = replica(replica);
        YearMonth ym = month(series, month);
        r.seriesMonths().add(month);
        Origin o = RunDirectory.origin(series, 0, origin);
        Place place = RunDirectory.destination(series, 0, destination);
        int s = switch (sex) {
            case "M" -> 0;
            case "F" -> 1;
            default -> throw new InputError(series.toString(), 0, "sex", "expected M or F, got '" + sex + "'");
        };
        for (Measure m : Measure.ALL) {
            r.table().addPeople(ym, o, place, s, m, measures[m.ordinal()]);
        }
    }

    /**
     * The replicas' tables by replica number, once every row is in. Every replica must give the same
     * months, in both files: their figures are set side by side, so they must be of the same periods.
     */
    public SortedMap<Integer, YearTable> tables() {
        if (replicas.isEmpty()) {
            throw new InputError(households.toString(), 0, "", "no rows of the replicas asked for");
        }
        Set<String> months = replicas.get(replicas.firstKey()).householdMonths();
        SortedMap<Integer, YearTable> tables = new TreeMap<>();
        replicas.forEach((number, r) -> {
            if (!r.householdMonths().equals(months)) {
                throw new InputError(households.toString(), 0, "month", "replica " + number + " has " + r.householdMonths().size()
                        + " months against " + months.size() + " of replica " + replicas.firstKey() + " (a truncated file?)");
            }
            if (!r.seriesMonths().equals(months)) {
                throw new InputError(series.toString(), 0, "month", "replica " + number + " has " + r.seriesMonths().size() + " months against "
                        + months.size() + " in " + households.getFileName() + " (a truncated file?)");
            }
            tables.put(number, r.table());
        });
        return tables;
    }

    private Replica replica(int number) {
        return replicas.computeIfAbsent(number, k -> new Replica(new YearTable(firstYear, lastYear), new HashSet<>(), new HashSet<>()));
    }

    private YearMonth month(Path file, String month) {
        YearMonth m = RunDirectory.month(file, 0, month);
        if (m.getYear() < firstYear || m.getYear() > lastYear) {
            throw new InputError(file.toString(), 0, "month", month + " is outside the ensemble's period, " + firstYear + " to " + lastYear);
        }
        return m;
    }
}
