package org.corridor.sim.environment;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One environment input over time: dated points (an annual figure sits at July, the middle of its
 * year; a monthly figure at its month), read for any month by straight-line interpolation between
 * the points around it, and held flat before the first and after the last.
 *
 * @param holds true where the last value is meant to hold for any later month (a level set by
 *     assumption, such as the ban register's reach), false where the points are data whose later
 *     values are simply not known: a run past the last point then holds it flat, and says so
 */
public record Series(String id, String description, String unit, String source, NavigableMap<YearMonth, Double> points, boolean holds) {
    public Series(String id, String description, String unit, String source, NavigableMap<YearMonth, Double> points) {
        this(id, description, unit, source, points, false);
    }

    public Series {
        if (points.isEmpty()) {
            throw new IllegalArgumentException(id + ": no points");
        }
        points = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(points));
    }

    public double at(YearMonth month) {
        Map.Entry<YearMonth, Double> before = points.floorEntry(month);
        Map.Entry<YearMonth, Double> after = points.ceilingEntry(month);
        if (before == null) {
            return after.getValue();
        }
        if (after == null || after.getKey().equals(before.getKey())) {
            return before.getValue();
        }
        double span = java.time.temporal.ChronoUnit.MONTHS.between(before.getKey(), after.getKey());
        double into = java.time.temporal.ChronoUnit.MONTHS.between(before.getKey(), month);
        return before.getValue() + (after.getValue() - before.getValue()) * into / span;
    }

    /** The month of the last point. */
    public YearMonth lastPoint() {
        return points.lastKey();
    }

    /** Whether a run to {@code month} goes past the data: a data series whose last point is earlier. */
    public boolean heldFlatTo(YearMonth month) {
        return !holds && points.lastKey().isBefore(month);
    }

    /** A copy with every point from {@code from} on multiplied by {@code factor} (a scenario's shock). */
    public Series multipliedFrom(YearMonth from, double factor) {
        TreeMap<YearMonth, Double> copy = new TreeMap<>(points);
        double atFrom = at(from);
        double beforeFrom = at(from.minusMonths(1));
        copy.put(from.minusMonths(1), beforeFrom);
        copy.put(from, atFrom);
        copy.replaceAll((month, v) -> month.isBefore(from) ? v : v * factor);
        return new Series(id, description, unit, source, copy, holds);
    }

    /** A copy holding {@code value} from {@code from} on. */
    public Series setFrom(YearMonth from, double value) {
        TreeMap<YearMonth, Double> copy = new TreeMap<>(points.headMap(from, false));
        if (!copy.isEmpty()) {
            copy.put(from.minusMonths(1), at(from.minusMonths(1)));
        }
        copy.put(from, value);
        return new Series(id, description, unit, source, copy, true);
    }
}
