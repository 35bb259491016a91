package org.corridor.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the sources say the mechanisms do, checked on small runs: the crises cut migration, the ban
 * register fills, the EAEU frees Kyrgyz workers, and each what-if moves what it should. Directions
 * and orders of magnitude, not fitted figures (calibration is the evidence module's work).
 */
class MechanismsTest {
    static final double SCALE = 0.003;
    static final YearMonth FROM = YearMonth.of(2007, 1);
    static final YearMonth TO = YearMonth.of(2019, 12);
    static TestRun baseline;

    @BeforeAll
    static void runBaseline() {
        baseline = TestRun.of("baseline", SCALE, 1, 2, FROM, TO, 24);
    }

    static double abroad(Tally t) {
        double s = 0;
        for (Origin o : Origin.ALL) {
            s += t.total(o.ordinal(), Measure.ABROAD);
        }
        return s;
    }

    static double total(Tally t, Measure m) {
        double s = 0;
        for (Origin o : Origin.ALL) {
            s += t.total(o.ordinal(), m);
        }
        return s;
    }

    @Test
    void theCrisesOf2009And2015CutTheMigrantsAbroad() {
        // 2009: migrants -15-20%, remittances -30-35% (003:540-544); 2015: the rouble halved (Bank of Russia) and the reform.
        assertTrue(baseline.yearMean(2009, MechanismsTest::abroad) < baseline.yearMean(2008, MechanismsTest::abroad));
        assertTrue(baseline.yearMean(2015, MechanismsTest::abroad) < baseline.yearMean(2014, MechanismsTest::abroad));
        assertTrue(baseline.yearMean(2009, t -> total(t, Measure.REMITTANCES_USD)) < baseline.yearMean(2008, t -> total(t, Measure.REMITTANCES_USD)));
        assertTrue(baseline.yearMean(2015, t -> total(t, Measure.REMITTANCES_USD)) < 0.8 * baseline.yearMean(2014, t -> total(t, Measure.REMITTANCES_USD)));
    }

    @Test
    void theBannedPopulationGrowsWithTheRegisterAndBansRunOut() {
        double banned2012 = baseline.yearMean(2012, t -> total(t, Measure.BANNED));
        double banned2016 = baseline.yearMean(2016, t -> total(t, Measure.BANNED));
        assertTrue(banned2016 > 3 * banned2012, "the register of 2013-14 multiplies the banned: " + banned2012 + " -> " + banned2016);
        // 1.7-1.8 million listed in 2016 (002:2767-2770, 002:7866-7870): the same order of magnitude.
        assertTrue(banned2016 > 400_000 && banned2016 < 5_000_000, "banned in 2016: " + banned2016);
    }

    @Test
    void kyrgyzWorkersNeedNoPatentAfterTheEaeuAccession() {
        int kg = Origin.KG.ordinal();
        Tally before = baseline.at(YearMonth.of(2015, 6));
        Tally after = baseline.at(YearMonth.of(2017, 6));
        double shareBefore = before.total(kg, Measure.AUTHORISED) / before.total(kg, Measure.ABROAD);
        double shareAfter = after.total(kg, Measure.AUTHORISED) / after.total(kg, Measure.ABROAD);
        assertTrue(shareAfter > shareBefore + 0.2, "authorised share of Kyrgyz migrants: " + shareBefore + " -> " + shareAfter);
        TestRun outside = TestRun.of("kyrgyzstan-outside-eaeu", SCALE, 1, 2, FROM, TO, 24);
        Tally counterfactual = outside.at(YearMonth.of(2017, 6));
        assertTrue(counterfactual.total(kg, Measure.AUTHORISED) / counterfactual.total(kg, Measure.ABROAD) < shareAfter - 0.2);
        assertEquals(baseline.at(YearMonth.of(2014, 6)).total(kg, Measure.ABROAD), outside.at(YearMonth.of(2014, 6)).total(kg, Measure.ABROAD), 1e-9,
                "the same world until the reform date");
    }

    @Test
    void withoutTheRegisterFewAreBannedAndTheAmnestyEmptiesIt() {
        TestRun noRegister = TestRun.of("no-ban-database", SCALE, 1, 2, FROM, TO, 24);
        double without = noRegister.yearMean(2016, t -> total(t, Measure.BANNED));
        double with = baseline.yearMean(2016, t -> total(t, Measure.BANNED));
        assertTrue(without < 0.5 * with, "banned in 2016 without the register " + without + ", with " + with);
        TestRun amnesty = TestRun.of("ban-amnesty-2018", SCALE, 1, 2, FROM, TO, 24);
        Tally january = amnesty.at(YearMonth.of(2018, 1));
        double russianBans = 0;
        for (Origin o : Origin.ALL) {
            for (Place p : new Place[] {Place.RU_MOW, Place.RU_SPE, Place.RU_OTHER}) {
                russianBans += january.atPlace(o.ordinal(), p.ordinal(), Measure.BANNED) - january.atPlace(o.ordinal(), p.ordinal(), Measure.NEWLY_BANNED);
            }
        }
        assertTrue(russianBans <= 0.0 + 1e-9, "in the amnesty month only that month's new bans remain: " + russianBans);
        double refusedWith = amnesty.yearMean(2018, t -> total(t, Measure.REFUSED_AT_BORDER));
        double refusedWithout = baseline.yearMean(2018, t -> total(t, Measure.REFUSED_AT_BORDER));
        assertTrue(refusedWith < 0.5 * refusedWithout, "turned back at the border in 2018: " + refusedWithout + " -> " + refusedWith);
    }

    @Test
    void registrationAppointmentsRegisterMore() {
        TestRun appointments = TestRun.of("registration-appointments", SCALE, 1, 2, YearMonth.of(2010, 1), YearMonth.of(2011, 12), 24);
        TestRun base = TestRun.of("baseline", SCALE, 1, 2, YearMonth.of(2010, 1), YearMonth.of(2011, 12), 24);
        double with = appointments.yearMean(2011, t -> total(t, Measure.REGISTERED)) / appointments.yearMean(2011, MechanismsTest::abroad);
        double without = base.yearMean(2011, t -> total(t, Measure.REGISTERED)) / base.yearMean(2011, MechanismsTest::abroad);
        assertTrue(with > without + 0.03, "registered share " + without + " -> " + with);
    }

    @Test
    void aDoubledPatentPaymentMeansFewerAuthorisedWorkersInRussia() {
        TestRun doubled = TestRun.of("patent-price-double", SCALE, 1, 2, YearMonth.of(2014, 1), YearMonth.of(2016, 12), 24);
        TestRun base = TestRun.of("baseline", SCALE, 1, 2, YearMonth.of(2014, 1), YearMonth.of(2016, 12), 24);
        int tj = Origin.TJ.ordinal();
        double with = doubled.yearMean(2016, t -> t.total(tj, Measure.AUTHORISED) / t.total(tj, Measure.ABROAD));
        double without = base.yearMean(2016, t -> t.total(tj, Measure.AUTHORISED) / t.total(tj, Measure.ABROAD));
        assertTrue(with < without, "authorised share of Tajik migrants " + without + " -> " + with);
        assertEquals(base.yearMean(2014, MechanismsTest::abroad), doubled.yearMean(2014, MechanismsTest::abroad), 1e-9, "nothing changes before 2015");
    }

    /**
     * Russia's 2025 regime (260-FZ, 248-FZ): from February 2025 those past their lawful stay are
     * listed, and listing sends more of them home; without the reforms nobody is listed and the world
     * is the same until the first reform.
     */
    @Test
    void theLawOf2025ListsThoseWithoutALawfulGroundAndSendsMoreHome() {
        YearMonth from = YearMonth.of(2024, 1);
        YearMonth to = YearMonth.of(2025, 12);
        TestRun reformed = TestRun.of("baseline", SCALE, 1, 2, from, to, 24);
        TestRun without = TestRun.of("no-2025-reforms", SCALE, 1, 2, from, to, 24);
        assertEquals(0, total(reformed.at(YearMonth.of(2025, 1)), Measure.LISTED), "the register begins on 2025-02-05");
        assertTrue(total(reformed.at(YearMonth.of(2025, 6)), Measure.LISTED) > 0, "the listed in June 2025");
        assertTrue(total(reformed.at(YearMonth.of(2025, 6)), Measure.LISTED) <= total(reformed.at(YearMonth.of(2025, 6)), Measure.IRREGULAR));
        assertEquals(0, without.yearMean(2025, t -> total(t, Measure.LISTED)), "no register without the reform");
        assertEquals(abroad(reformed.at(YearMonth.of(2024, 12))), abroad(without.at(YearMonth.of(2024, 12))), 1e-9,
                "the same world until the first reform");
        double returnsReformed = reformed.yearMean(2025, t -> total(t, Measure.RETURNS));
        double returnsWithout = without.yearMean(2025, t -> total(t, Measure.RETURNS));
        assertTrue(returnsReformed > returnsWithout, "returns in 2025: " + returnsWithout + " without the reforms, " + returnsReformed + " with");
    }

    @Test
    void aLevyOnTransfersCostsTheHouseholds() {
        TestRun levy = TestRun.of("remittance-trust-fund-2pct", SCALE, 1, 2, YearMonth.of(2012, 1), YearMonth.of(2012, 12), 24);
        TestRun base = TestRun.of("baseline", SCALE, 1, 2, YearMonth.of(2012, 1), YearMonth.of(2012, 12), 24);
        double costsWith = levy.yearMean(2012, t -> t.get(0, HouseholdMeasure.TRANSFER_COSTS_USD) / t.total(0, Measure.REMITTANCES_USD));
        double costsWithout = base.yearMean(2012, t -> t.get(0, HouseholdMeasure.TRANSFER_COSTS_USD) / t.total(0, Measure.REMITTANCES_USD));
        assertTrue(costsWith > costsWithout, "share of remittances lost on the way " + costsWithout + " -> " + costsWith);
    }

    @Test
    void womenAreAMinorityOfTajikMigrantsAndAMuchLargerShareOfKyrgyz() {
        double tjWomen = baseline.yearMean(2015, t -> women(t, Origin.TJ)) / baseline.yearMean(2015, t -> t.total(Origin.TJ.ordinal(), Measure.ABROAD));
        double kgWomen = baseline.yearMean(2015, t -> women(t, Origin.KG)) / baseline.yearMean(2015, t -> t.total(Origin.KG.ordinal(), Measure.ABROAD));
        // About 16-18% of Tajik migrants (000:67, 002:3642-3650), nearly 40% of Kyrgyz (001:280).
        assertTrue(tjWomen > 0.08 && tjWomen < 0.28, "TJ women " + tjWomen);
        assertTrue(kgWomen > 0.25 && kgWomen < 0.5, "KG women " + kgWomen);
    }

    static double women(Tally t, Origin o) {
        double s = 0;
        for (Place p : Place.DESTINATIONS) {
            for (int st = 0; st < 5; st++) {
                s += t.get(o.ordinal(), p.ordinal(), 1, st, Measure.ABROAD);
            }
        }
        return s;
    }
}
