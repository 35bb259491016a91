package org.corridor.spark.ensemble;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.sim.output.Tally;

/**
 * What a replica sends back: its tallies for the reported months as plain numbers ({@link Tally#CELLS}
 * a month), and how long it took. Only this crosses the network.
 *
 * @param cells {@code months x Tally.CELLS} agent counts and sums, month by month
 */
public record ReplicaOutput(ReplicaKey key, YearMonth first, int months, double[] cells, String parameterHash, long agentMonths,
                            double wallSeconds) implements Serializable {
    public List<YearMonth> monthList() {
        List<YearMonth> list = new ArrayList<>(months);
        for (int k = 0; k < months; k++) {
            list.add(first.plusMonths(k));
        }
        return list;
    }

    public Tally tally(int month) {
        return Tally.of(cells, month * Tally.CELLS);
    }

    public List<Tally> tallies() {
        List<Tally> list = new ArrayList<>(months);
        for (int k = 0; k < months; k++) {
            list.add(tally(k));
        }
        return list;
    }
}
