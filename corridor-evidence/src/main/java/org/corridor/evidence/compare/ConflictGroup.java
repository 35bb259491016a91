package org.corridor.evidence.compare;

import java.util.List;

/** The comparisons of one conflict group: the sources' figures for one quantity, and the run's. */
public record ConflictGroup(String name, List<Comparison> members) {
    public ConflictGroup {
        members = List.copyOf(members);
    }

    /** The lowest any of the sources puts it (a range's low end counts), in the base unit. */
    public double low() {
        return members.stream().mapToDouble(c -> c.observation().baseLowEnd()).min().orElseThrow();
    }

    public double high() {
        return members.stream().mapToDouble(c -> c.observation().baseHighEnd()).max().orElseThrow();
    }

    /** The median of the sources' figures (for an even count, the upper middle one). */
    public double median() {
        double[] values = members.stream().mapToDouble(c -> c.observation().baseValue()).sorted().toArray();
        return values[values.length / 2];
    }

    /** The run's value, averaged over the members it has one for; NaN if none. */
    public double simulated() {
        return members.stream().filter(Comparison::compared).mapToDouble(Comparison::simulatedValue).average().orElse(Double.NaN);
    }

    /** The lowest of the run's values for the members (their periods may differ); NaN if none. */
    public double simulatedLow() {
        return members.stream().filter(Comparison::compared).mapToDouble(Comparison::simulatedValue).min().orElse(Double.NaN);
    }

    public double simulatedHigh() {
        return members.stream().filter(Comparison::compared).mapToDouble(Comparison::simulatedValue).max().orElse(Double.NaN);
    }

    /**
     * Where the run's values for the members (each for its own period) lie against the sources' range:
     * "inside" only if every one does, "below" or "above" if every one is, else "partly inside" or "below
     * and above"; empty if
     * the run has none. An average over members of different years is never called inside.
     */
    public String verdict() {
        double[] values = members.stream().filter(Comparison::compared).mapToDouble(Comparison::simulatedValue).toArray();
        if (values.length == 0) {
            return "";
        }
        double lo = low();
        double hi = high();
        long inside = java.util.Arrays.stream(values).filter(v -> v >= lo && v <= hi).count();
        long below = java.util.Arrays.stream(values).filter(v -> v < lo).count();
        return inside == values.length ? "inside" : below == values.length ? "below" : below == 0 && inside == 0 ? "above"
                : inside == 0 ? "below and above" : "partly inside (" + inside + " of " + values.length + ")";
    }
}
