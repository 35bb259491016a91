package org.corridor.spark.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.Test;

class EnsembleSummaryTest {
    private static final YearMonth JAN = YearMonth.of(2016, 1);

    private static ReplicaOutput replica(Arm arm, int replica, double tajiksInMoscow) {
        Tally t = new Tally();
        t.add(Origin.TJ.ordinal(), Place.RU_MOW.ordinal(), 0, LegalState.LEGAL_WORKER.ordinal(), Measure.ABROAD, tajiksInMoscow);
        double[] cells = new double[Tally.CELLS];
        t.copyTo(cells, 0);
        return new ReplicaOutput(new ReplicaKey(arm, replica, replica, 0), JAN, 1, cells, "h", 1, 0);
    }

    private static int cell(int origin, int place, Measure m, LegalState state) {
        return SummaryCell.CELLS.indexOf(new SummaryCell(origin, place, m, state, null));
    }

    @Test
    void quantilesAreType7AndTheDifferenceIsTakenReplicaByReplica() {
        List<ReplicaOutput> outputs = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            outputs.add(replica(Arm.SCENARIO, r, 10 * r));
            outputs.add(replica(Arm.BASELINE, r, 10 * r - r)); // the scenario adds r to replica r
        }
        EnsembleSummary s = EnsembleSummary.of(outputs, 0.5);
        EnsembleSummary.Band b = s.band(Arm.SCENARIO, 0, cell(Origin.TJ.ordinal(), Place.RU_MOW.ordinal(), Measure.ABROAD, null));
        // 20, 40, 60, 80, 100 (agents over the scale 0.5): type 7 puts the 5% quantile at 20 + 0.2 x 20
        assertEquals(new EnsembleSummary.Band(5, 60, 24, 40, 60, 80, 96), b);
        EnsembleSummary.Band d = s.band(Arm.DIFFERENCE, 0, cell(-1, -1, Measure.ABROAD, null));
        assertEquals(6, d.median(), 1e-12, "differences 2, 4, 6, 8, 10: the band of the difference, not the difference of the bands");
        assertEquals(2.4, d.p05(), 1e-12);
        assertEquals(0, s.band(Arm.SCENARIO, 0, cell(Origin.KG.ordinal(), -1, Measure.ABROAD, null)).p95());
        assertEquals(b, s.band(Arm.SCENARIO, 0, cell(Origin.TJ.ordinal(), Place.RU_MOW.ordinal(), Measure.ABROAD, LegalState.LEGAL_WORKER)));
        assertTrue(b.contains(b.median()));
    }

    @Test
    void theSummaryIsTheSameBytesWhateverOrderTheReplicasCameIn() throws IOException {
        List<ReplicaOutput> outputs = new ArrayList<>();
        for (int r = 1; r <= 7; r++) {
            outputs.add(replica(Arm.SCENARIO, r, r * r % 5));
            outputs.add(replica(Arm.BASELINE, r, r));
        }
        String first = csv(EnsembleSummary.of(outputs, 1));
        Collections.shuffle(outputs, new Random(3));
        assertEquals(first, csv(EnsembleSummary.of(outputs, 1)));
        assertTrue(first.startsWith(EnsembleSummary.HEADER + "\nscenario,2016-01,ALL,ALL,abroad,7,"), first.substring(0, 120));
    }

    @Test
    void armsOfDifferentSizesAreRefused() {
        List<ReplicaOutput> outputs = List.of(replica(Arm.SCENARIO, 1, 1), replica(Arm.SCENARIO, 2, 1), replica(Arm.BASELINE, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> EnsembleSummary.of(outputs, 1));
    }

    static String csv(EnsembleSummary s) throws IOException {
        StringWriter w = new StringWriter();
        s.writeCsv(w);
        return w.toString();
    }
}
