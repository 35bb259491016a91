package org.corridor.evidence.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class ReplicaTablesTest {
    static final int[] BOTH = {0, 1};

    static ReplicaTables tables() {
        return new ReplicaTables(Path.of("replicas/series.parquet"), Path.of("replicas/households.parquet"), 2013, 2014);
    }

    /** Every origin's households row and a Tajik men's row in Moscow for each month given, with {@code abroad} people. */
    static void month(ReplicaTables t, int replica, String month, double abroad) {
        for (Origin o : Origin.ALL) {
            double[] households = new double[HouseholdMeasure.ALL.length];
            households[HouseholdMeasure.HOUSEHOLDS.ordinal()] = 100;
            t.addHouseholds(replica, month, o.name(), households);
        }
        double[] people = new double[Measure.ALL.length];
        people[Measure.ABROAD.ordinal()] = abroad;
        t.addPeople(replica, month, "TJ", "RU_MOW", "M", people);
        // A second legal state of the same cell: rows add up.
        t.addPeople(replica, month, "TJ", "RU_MOW", "M", people);
    }

    @Test
    void eachReplicaGetsItsOwnTableOfItsRows() {
        ReplicaTables t = tables();
        for (int m = 1; m <= 12; m++) {
            month(t, 2, String.format("2013-%02d", m), 10);
            month(t, 1, String.format("2013-%02d", m), 1);
        }
        SortedMap<Integer, YearTable> tables = t.tables();
        assertEquals(List.of(1, 2), List.copyOf(tables.keySet()));
        YearTable two = tables.get(2);
        assertTrue(two.complete(2013));
        assertEquals(12 * 20, two.people(2013, List.of(Origin.TJ), List.of(Place.RU_MOW), new int[] {0}, Measure.ABROAD), 1e-9);
        assertEquals(0, two.people(2013, List.of(Origin.TJ), List.of(Place.RU_MOW), new int[] {1}, Measure.ABROAD), 1e-9);
        assertEquals(12 * 100, two.households(2013, List.of(Origin.KG), HouseholdMeasure.HOUSEHOLDS), 1e-9);
        YearTable mean = YearTable.mean(List.copyOf(tables.values()));
        assertEquals(12 * 11, mean.people(2013, List.of(Origin.TJ), List.of(Place.RU_MOW), BOTH, Measure.ABROAD), 1e-9);
        assertEquals(12, mean.months(2013));
    }

    @Test
    void replicasOfDifferentMonthsAndUnknownValuesAreRefused() {
        ReplicaTables uneven = tables();
        month(uneven, 1, "2013-01", 1);
        month(uneven, 1, "2013-02", 1);
        month(uneven, 2, "2013-01", 1);
        assertTrue(assertThrows(InputError.class, uneven::tables).getMessage().contains("replica 2 has 1 months against 2"));
        ReplicaTables noSeries = tables();
        noSeries.addHouseholds(1, "2013-01", "TJ", new double[HouseholdMeasure.ALL.length]);
        assertTrue(assertThrows(InputError.class, noSeries::tables).getMessage().startsWith("replicas/series.parquet: month"));
        ReplicaTables t = tables();
        double[] people = new double[Measure.ALL.length];
        assertThrows(InputError.class, () -> t.addPeople(1, "2013-01", "TJ", "MARS", "M", people));
        assertThrows(InputError.class, () -> t.addPeople(1, "2013-01", "TJ", "KZ", "X", people));
        assertTrue(assertThrows(InputError.class, () -> t.addPeople(1, "2015-01", "TJ", "KZ", "M", people)).getMessage()
                .contains("outside the ensemble's period"));
    }
}
