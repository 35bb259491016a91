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
}
