package org.corridor.evidence.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.Test;

/** The indicators of a hand-made run, against values worked out by hand. */
class RunIndicatorsTest {
    private static MacroTable table(String rows) {
        return MacroTable.of(CsvTable.parse("m.csv", "country,year,value,unit,source,assumption\n" + rows, List.of("country", "year", "value")));
    }

    /**
     * One year of Tajiks: 800 in Moscow and 200 in Kazakhstan every month, sending US$90,000 and US$10,000
     * a month through operators (what official figures record) and as much again in cash, which the
     * sources' indicators do not see.
     */
    private static YearTable run() {
        YearTable t = new YearTable(2015, 2015);
        for (int m = 0; m < 12; m++) {
            t.countMonth(2015);
            t.addPeople(2015, Origin.TJ, Place.RU_MOW, 0, Measure.ABROAD, 800);
            t.addPeople(2015, Origin.TJ, Place.KZ, 0, Measure.ABROAD, 200);
            t.addPeople(2015, Origin.TJ, Place.RU_MOW, 0, Measure.REMITTANCES_USD, 180_000);
            t.addPeople(2015, Origin.TJ, Place.KZ, 0, Measure.REMITTANCES_USD, 20_000);
            t.addPeople(2015, Origin.TJ, Place.RU_MOW, 0, Measure.REMITTANCES_RECORDED_USD, 90_000);
            t.addPeople(2015, Origin.TJ, Place.KZ, 0, Measure.REMITTANCES_RECORDED_USD, 10_000);
            t.addPeople(2015, Origin.TJ, Place.RU_MOW, 0, Measure.ARRIVALS, 80);
            t.addPeople(2015, Origin.TJ, Place.KZ, 0, Measure.ARRIVALS, 20);
        }
        return t;
    }

    @Test
    void remittanceSharesAndTheEmigrationTrapIndices() {
        // GDP US$4.8 million (so remittances of US$1.2 million are 25%), a labour force of 3,000 at home
        // (so 1,000 abroad are 25% of the 4,000 active), FDI of US$0.1 million.
        RunIndicators.Row r = RunIndicators.of(run(), table("TJ,2015,4.8,usd_million,t,\n"), table("TJ,2015,0.003,million_persons,t,\n"),
                table("TJ,2015,0.1,usd_million,t,\n")).get(0);
        assertEquals(Origin.TJ, r.origin());
        assertEquals(1_200_000, r.remittancesUsd(), 1e-6);
        assertEquals(25, r.remittancesShareOfGdp(), 1e-9);
        assertEquals(1200, r.remittancesPerMigrant(), 1e-9);
        assertEquals(25, r.emigrantsShareOfActive(), 1e-9);
        assertEquals(25, r.dle(), 1e-9);
        // Russia 0.9 of remittances and 0.8 of migrants; Kazakhstan 0.1 and 0.2: 0.72 + 0.02.
        assertEquals(0.74, r.hhi(), 1e-12);
        assertEquals(25 * Math.sqrt(0.72), r.dleRussia(), 1e-9);
        // Table 11.4 for Tajikistan: 9.2693 x 1.08 (US$ million from Russia) against 0.3876 x 0.1 and 1521.029.
        double external = 9.2693 * 1.08;
        assertEquals(external / (external + 0.3876 * 0.1 + 1521.029), r.dmsrc(), 1e-12);
    }

    @Test
    void aMissingInputLeavesOnlyItsIndicatorsBlank() {
        RunIndicators.Row r = RunIndicators.of(run(), table(""), table(""), table("")).get(0);
        assertTrue(Double.isNaN(r.remittancesShareOfGdp()) && Double.isNaN(r.dle()) && Double.isNaN(r.dmsrc()));
        assertEquals(0.74, r.hhi(), 1e-12);
        assertEquals(1200, r.remittancesPerMigrant(), 1e-9);
    }

    @Test
    void theGravityFitNeedsFivePairsWithArrivals() {
        String everyone = "TJ,2015,9,m,t,\nKG,2015,6,m,t,\nUZ,2015,31,m,t,\nRU,2015,144,m,t,\nKZ,2015,18,m,t,\nTR,2015,78,m,t,\n";
        RunGravity.Result r = RunGravity.of(run(), table(everyone), table(everyone), Map.of("Dushanbe|Moscow", 2991.4, "Dushanbe|Almaty", 860.1));
        assertEquals(2, r.pairs().size(), "only the Tajik pairs with arrivals");
        assertEquals(null, r.fit());
        assertTrue(r.note().contains("Too few pairs"), r.note());
        assertNotNull(RunGravity.distances().get("Tashkent|Istanbul"));
    }
}
