package org.corridor.sim.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.sim.engine.HandWorld;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;
import org.junit.jupiter.api.Test;

/**
 * Each phase alone on a small hand-made world whose outcome is plain: who is born and who dies, who
 * comes home and with what ban, who may leave for where, who finds work, what the legal state is,
 * what a check or an amnesty does, what reaches the household, what the census counts and what the
 * household does with the money.
 */
class PhasesOnHandWorldsTest {
    static final int TJ = Origin.TJ.ordinal();
    static final int KG = Origin.KG.ordinal();

    @Test
    void demographyBearsTheChildWhoseMonthHasComeAndTheVeryOldDieAbroadOrAtHome() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 1), 3);
        w.household(Origin.TJ);
        int mother = w.person(Role.SPOUSE, 1, 28);
        int baby = w.personAgedMonths(Role.CHILD, 0, -2); // born in the third month
        int old = w.person(Role.ELDER, 0, 120);
        int oldAbroad = w.person(Role.OTHER, 0, 120);
        World world = w.build();
        HandWorld.abroad(world, oldAbroad, Place.RU_MOW, 0, 2);
        People p = world.people();

        List<Tally> t = HandWorld.run(world, DemographyPhase::new);

        assertEquals(2, t.get(0).get(TJ, HouseholdMeasure.DEATHS), "past the life table's end, death is certain");
        assertEquals(1, t.get(0).get(TJ, HouseholdMeasure.POPULATION));
        assertEquals(0, t.get(1).get(TJ, HouseholdMeasure.BIRTHS));
        assertEquals(1, t.get(2).get(TJ, HouseholdMeasure.BIRTHS));
        assertEquals(2, t.get(2).get(TJ, HouseholdMeasure.POPULATION));
        assertTrue(p.has(mother, People.ALIVE) && p.has(baby, People.ALIVE));
        for (int dead : new int[] {old, oldAbroad}) {
            assertFalse(p.has(dead, People.ALIVE));
            assertTrue(p.has(dead, People.DEAD));
        }
        assertEquals(0, p.place[oldAbroad], "a death abroad is counted at home");
        assertEquals(2, world.households().living[0]);
    }

    @Test
    void returnBringsOverstayersHomeForGoodWithTheOverstayBanTheyDoNotKnowOf() {
        int n = 300;
        HandWorld w = new HandWorld(YearMonth.of(2019, 1), 12).behaviour("enforcement.discretionary_ban_rate", 1.0);
        List<Integer> overstayers = new ArrayList<>();
        List<Integer> lawful = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            w.household(Origin.TJ);
            overstayers.add(w.person(Role.HEAD, 0, 30));
            lawful.add(w.person(Role.OTHER, 0, 30));
        }
        World world = w.build();
        People p = world.people();
        for (int i : overstayers) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, 0); // the visitor's days ran out in the first month
            p.legal[i] = (byte) LegalState.IRREGULAR.ordinal();
        }
        for (int i : lawful) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, Short.MAX_VALUE);
            p.flags[i] |= People.WORKING;
        }

        List<Tally> t = HandWorld.run(world, ReturnPhase::new);

        assertEquals(0, t.get(0).total(TJ, Measure.RETURNS), "nobody returns in the month they arrived");

        int returned = 0;
        int banned = 0;
        for (int i : overstayers) {
            if (p.place[i] != 0) {
                continue;
            }
            returned++;
            assertFalse(p.has(i, People.VISITING), "an overstayer never goes home on a visit");
            assertEquals(Place.RU_OTHER.code(), p.lastPlace[i]);
            assertEquals(LegalState.HOME.ordinal(), p.legal[i]);
            assertTrue(p.left[i] >= 1);
            if (p.bannedRu[i] >= 0) {
                banned++;
                assertFalse(p.holds(i, People.KNOWS_BAN), "an overstay ban is learnt of at the border");
                assertTrue(p.bannedRu[i] >= p.left[i] + 35, "more than 30 days over: at least three years (114-FZ art. 27(1)(12))");
            }
        }
        assertTrue(returned > 0 && banned > 0, returned + " overstayers came home, " + banned + " with a recorded ban");
        int visits = 0;
        for (int i : lawful) {
            assertEquals(-1, p.bannedRu[i], "a lawful stay brings no ban");
            visits += p.place[i] == 0 && p.has(i, People.VISITING) ? 1 : 0;
        }
        assertTrue(visits > 0, "some lawful migrants go home on a visit");
    }

    @Test
    void aHolderOfRussiasPassportGoesHomeAtItsFactorOfTheHazardAndOnlyInRussia() {
        int n = 300;
        List<Integer> citizens = new ArrayList<>();
        List<Integer> foreigners = new ArrayList<>();
        List<Integer> citizensInKazakhstan = new ArrayList<>();
        HandWorld w = new HandWorld(YearMonth.of(2019, 1), 12).behaviour("return.citizen_relative", 0.0);
        for (int k = 0; k < n; k++) {
            w.household(Origin.KG);
            citizens.add(w.person(Role.HEAD, 0, 30));
            foreigners.add(w.person(Role.OTHER, 0, 30));
            citizensInKazakhstan.add(w.person(Role.OTHER, 0, 32));
        }
        World world = w.build();
        People p = world.people();
        for (List<Integer> group : List.of(citizens, foreigners)) {
            for (int i : group) {
                HandWorld.abroad(world, i, Place.RU_OTHER, 0, Short.MAX_VALUE);
                p.flags[i] |= People.WORKING;
            }
        }
        for (int i : citizensInKazakhstan) {
            HandWorld.abroad(world, i, Place.KZ, 0, Short.MAX_VALUE);
            p.flags[i] |= People.WORKING;
        }
        for (List<Integer> group : List.of(citizens, citizensInKazakhstan)) {
            for (int i : group) {
                p.citizenSince[i] = 0;
            }
        }

        HandWorld.run(world, ReturnPhase::new);

        for (int i : citizens) {
            assertEquals(Place.RU_OTHER.code(), p.place[i], "at a nil factor no holder of Russia's passport goes home from Russia");
        }
        long foreignersHome = foreigners.stream().filter(i -> p.place[i] == 0).count();
        long fromKazakhstan = citizensInKazakhstan.stream().filter(i -> p.place[i] == 0).count();
        assertTrue(foreignersHome > 0, "others go home at the hazard");
        assertTrue(fromKazakhstan > 0, "the passport is Russia's: in Kazakhstan its holder goes home as others do");
    }

    @Test
    void onlyMigrantsWhoKnowOfTheBanListStayOnForFearOfItAndOnlyOnceTheListExists() {
        // 2019: the register and the news of it in full; 2012: before the list
        // (the list's start: 002:7683-7686)
        double knowAfter = overstayersReturning(YearMonth.of(2019, 3), 1.0);
        double ignorantAfter = overstayersReturning(YearMonth.of(2019, 3), 0.0);
        assertTrue(knowAfter < 0.5 * ignorantAfter,
                "knowing of the list, overstayers put off going home (deterrence 0.3): " + knowAfter + " against " + ignorantAfter);
        assertEquals(overstayersReturning(YearMonth.of(2012, 3), 0.0), overstayersReturning(YearMonth.of(2012, 3), 1.0),
                "before the list there is nothing to know: the same people come home");
        double half = overstayersReturning(YearMonth.of(2019, 3), 0.5);
        assertTrue(half > knowAfter && half < ignorantAfter, "half knowing, in between: " + half);
    }

    /**
     * Returns in the third month of 2,000 Tajik men who overstayed from their first (so that leaving brings a ban: more than
     * 30 days over, 114-FZ art. 27(1)(12)), each knowing of the list with {@code aware}.
     */
    private static double overstayersReturning(YearMonth first, double aware) {
        HandWorld w = new HandWorld(first, 3)
                .behaviour("return.ban_awareness_men", aware, aware, aware)
                .behaviour("return.ban_deterrence", 0.3)
                .behaviour("return.base_hazard", 0.02, 0.02, 0.02);
        List<Integer> men = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            w.household(Origin.TJ);
            men.add(w.person(Role.HEAD, 0, 30));
        }
        World world = w.build();
        People p = world.people();
        for (int i : men) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, 0);
            p.legal[i] = (byte) LegalState.IRREGULAR.ordinal();
        }
        return HandWorld.run(world, ReturnPhase::new).get(2).total(TJ, Measure.RETURNS);
    }

    @Test
    void migrationSendsOnlyThoseOfWorkingAgeAndNeverWhereTheyKnowTheyAreBanned() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 6).behaviour("migration.base_hazard", 1.0, 1.0, 1.0);
        List<Integer> bannedMen = new ArrayList<>();
        List<Integer> freeMen = new ArrayList<>();
        List<Integer> tooYoungOrOld = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            w.household(Origin.TJ);
            (k % 2 == 0 ? bannedMen : freeMen).add(w.person(Role.HEAD, 0, 25 + k % 10));
            tooYoungOrOld.add(w.person(Role.CHILD, k % 2, 12));
            tooYoungOrOld.add(w.person(Role.ELDER, 0, 70));
        }
        World world = w.build();
        People p = world.people();
        for (int i : bannedMen) {
            HandWorld.ban(world, i, Place.RU_MOW, 100, true);
        }
        HandWorld.markListed(world);

        List<Tally> t = HandWorld.run(world, MigrationPhase::new);

        for (int i : tooYoungOrOld) {
            assertEquals(0, p.place[i], "only ages 16-60 leave");
        }
        int left = 0;
        for (int i : bannedMen) {
            assertFalse(Place.of(p.place[i]).russia(), "a known Russian ban keeps a migrant out of Russia");
        }
        for (List<Integer> men : List.of(bannedMen, freeMen)) {
            for (int i : men) {
                if (p.place[i] == 0) {
                    continue;
                }
                left++;
                assertEquals(LegalState.LEGAL_VISITOR.ordinal(), p.legal[i]);
                assertTrue(p.entered[i] >= 0 && p.legalUntil[i] >= p.entered[i], "a visitor's stay from the month of entry");
                assertTrue(p.has(i, People.EVER_ABROAD) && p.holds(i, People.LISTED_ABROAD));
            }
        }
        double arrivals = 0;
        for (Tally month : t) {
            arrivals += month.total(TJ, Measure.ARRIVALS);
        }
        assertEquals(left, arrivals, "every departure is an arrival counted once (nobody comes home in this world)");
        assertTrue(left > 50, "most of the men leave in six months at this hazard: " + left);
    }

    @Test
    void workFindsJobsInSectorsAndPaysOnlyThoseWorking() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 6);
        List<Integer> migrants = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            w.household(Origin.UZ);
            migrants.add(w.person(Role.HEAD, k % 2, 30));
        }
        World world = w.build();
        People p = world.people();
        for (int i : migrants) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
        }

        List<Tally> t = HandWorld.run(world, WorkPhase::new);

        int working = 0;
        double earned = 0;
        for (int i : migrants) {
            boolean job = p.has(i, People.WORKING);
            working += job ? 1 : 0;
            earned += p.earnings[i];
            assertEquals(job, p.sector[i] != 0, "a job has a sector");
            if (!job) {
                assertEquals(0, p.earnings[i], "no job, no pay");
            }
        }
        Tally last = t.get(t.size() - 1);
        int uz = Origin.UZ.ordinal();
        assertTrue(working > 0, "migrants find jobs");
        assertEquals(working, last.total(uz, Measure.WORKING));
        assertEquals(earned, last.total(uz, Measure.EARNINGS_USD), 1e-2 * earned, "the month's pay is what was earned");
    }

    @Test
    void theLegalPathMakesAnEaeuVisitorPastTheDaysIrregularButNotAWorkerWithAContract() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 3);
        w.household(Origin.KG);
        int visitor = w.person(Role.HEAD, 0, 30);
        int worker = w.person(Role.OTHER, 0, 30);
        w.household(Origin.TJ);
        List<Integer> tajiks = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            tajiks.add(w.person(Role.OTHER, 0, 30));
        }
        World world = w.build();
        People p = world.people();
        for (int i : new int[] {visitor, worker}) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, 0); // the visitor's days last the first month
            p.flags[i] |= People.REGISTERED;
        }
        p.flags[worker] |= People.WORKING | People.FORMAL;
        p.sector[worker] = 1;
        for (int i : tajiks) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, Short.MAX_VALUE);
            p.flags[i] |= People.REGISTERED | People.WORKING;
            p.sector[i] = 1;
            p.earnings[i] = 600;
        }

        List<Tally> t = HandWorld.run(world, LegalPathPhase::new);

        assertEquals(LegalState.IRREGULAR.ordinal(), p.legal[visitor], "an EAEU citizen without a contract stays the visitor's days only");
        assertEquals(LegalState.LEGAL_WORKER.ordinal(), p.legal[worker], "an EAEU worker's stay follows the contract, no patent needed");
        assertEquals(2, p.legalUntil[worker]);
        assertEquals(-1, p.authorisedUntil[worker]);
        int patents = 0;
        for (int i : tajiks) {
            boolean authorised = p.authorisedUntil[i] >= 2;
            patents += authorised ? 1 : 0;
            assertEquals(authorised ? LegalState.LEGAL_WORKER.ordinal() : LegalState.UNAUTHORISED_WORK.ordinal(), p.legal[i],
                    "a Tajik works lawfully in Russia with a paid-up patent only");
            if (authorised) {
                assertTrue(p.earnings[i] < 600, "the patent is paid out of the month's pay");
            }
        }
        double fees = 0;
        for (Tally month : t) {
            fees += month.total(TJ, Measure.FEES_USD);
        }
        assertTrue(patents > 0 && fees > 0, patents + " patents, fees " + fees);
    }

    @Test
    void aMigrantStayingLawfullyInRussiaLongEnoughTakesItsPassportAndLeavesItsMigrationLawAndItsCountsOfForeigners() {
        List<Integer> settled = new ArrayList<>();
        List<Integer> newcomers = new ArrayList<>();
        List<Integer> overstayers = new ArrayList<>();
        List<Integer> inKazakhstan = new ArrayList<>();
        List<Integer> tajiks = new ArrayList<>();
        // April 2016: Kyrgyz are EAEU workers (no patent), Tajiks need one.
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 2).behaviour("legal.naturalisation_rate", 1.0, 1.0, 0.0)
                .behaviour("legal.naturalisation_without_permit", 1.0)
                .behaviour("enforcement.check_rate", 1.0, 1.0, 1.0, 1.0, 1.0).behaviour("enforcement.bribe_rate", 0.0);
        for (int k = 0; k < 20; k++) {
            w.household(Origin.KG);
            settled.add(w.person(Role.HEAD, 0, 30));
            newcomers.add(w.person(Role.OTHER, 1, 25));
            overstayers.add(w.person(Role.OTHER, 0, 25));
            inKazakhstan.add(w.person(Role.OTHER, 0, 28));
            w.household(Origin.TJ);
            tajiks.add(w.person(Role.HEAD, 0, 30));
        }
        World world = w.build();
        People p = world.people();
        for (List<Integer> working : List.of(settled, tajiks)) {
            for (int i : working) {
                HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
                p.flags[i] |= People.REGISTERED | People.WORKING | People.FORMAL;
                p.sector[i] = 1;
                p.monthsAbroad[i] = 24;
            }
        }
        for (int i : newcomers) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
            p.flags[i] |= People.REGISTERED;
            p.monthsAbroad[i] = 3; // short of the year abroad the behaviour asks
        }
        for (int i : overstayers) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, -1); // an EAEU visitor past the days, without a contract
            p.flags[i] |= People.REGISTERED;
            p.monthsAbroad[i] = 24;
        }
        for (int i : inKazakhstan) {
            HandWorld.abroad(world, i, Place.KZ, 0, Short.MAX_VALUE);
            p.flags[i] |= People.REGISTERED;
            p.monthsAbroad[i] = 24;
        }

        List<Tally> t = HandWorld.run(world, List.of(new LegalPathPhase(world), new EnforcementPhase(world), new CensusPhase(world)));

        for (List<Integer> citizens : List.of(settled, tajiks)) {
            for (int i : citizens) {
                assertEquals(0, p.citizenSince[i], "a lawful stay and two years abroad: Russian citizenship, at this rate in the first month");
                assertEquals(Place.RU_MOW.code(), p.place[i], "a citizen is never expelled");
                assertEquals(LegalState.LEGAL_WORKER.ordinal(), p.legal[i], "a citizen at work is a lawful worker, patent or none");
                assertEquals(-1, p.lastOffence[i], "no migration offence can be found on a citizen");
            }
        }
        for (List<Integer> notYet : List.of(newcomers, overstayers, inKazakhstan)) {
            for (int i : notYet) {
                assertEquals(-1, p.citizenSince[i], "too short abroad, without a lawful stay, or not in Russia");
            }
        }
        assertEquals(20, t.get(0).total(KG, Measure.NATURALISED));
        assertEquals(20, t.get(0).total(TJ, Measure.NATURALISED));
        Tally last = t.get(1);
        assertEquals(0, last.total(KG, Measure.NATURALISED) + last.total(TJ, Measure.NATURALISED), "citizenship is taken once");
        assertEquals(20, last.atPlace(KG, Place.RU_MOW.ordinal(), Measure.CITIZENS), "the census counts the citizens apart");
        assertEquals(20, last.atPlace(TJ, Place.RU_MOW.ordinal(), Measure.CITIZENS));
        assertEquals(0, last.atPlace(TJ, Place.RU_MOW.ordinal(), Measure.ABROAD), "no Tajik foreigner is left in Moscow");
        double foreigners = last.atPlace(KG, Place.RU_MOW.ordinal(), Measure.ABROAD);
        assertTrue(foreigners >= 20 && foreigners <= 40, "the newcomers and the overstayers not expelled, not the citizens: " + foreigners);
        assertEquals(0, last.total(TJ, Measure.CHECKED), "the police's migration check passes citizens by");
        assertEquals(0, last.total(TJ, Measure.FEES_USD), "a citizen pays for no patent");

        // Where no work permit is asked (the Kyrgyz, EAEU citizens), the rate is the behaviour's factor of it.
        HandWorld eaeu = new HandWorld(YearMonth.of(2016, 4), 2).behaviour("legal.naturalisation_rate", 1.0, 1.0, 0.0)
                .behaviour("legal.naturalisation_without_permit", 0.0);
        eaeu.household(Origin.KG);
        int kyrgyz = eaeu.person(Role.HEAD, 0, 30);
        eaeu.household(Origin.TJ);
        int tajik = eaeu.person(Role.HEAD, 0, 30);
        World eaeuWorld = eaeu.build();
        for (int i : new int[] {kyrgyz, tajik}) {
            HandWorld.abroad(eaeuWorld, i, Place.RU_MOW, 0, Short.MAX_VALUE);
            eaeuWorld.people().flags[i] |= People.REGISTERED;
            eaeuWorld.people().monthsAbroad[i] = 24;
        }
        HandWorld.run(eaeuWorld, LegalPathPhase::new);
        assertEquals(-1, eaeuWorld.people().citizenSince[kyrgyz], "an EAEU worker at a nil factor does not take it");
        assertEquals(0, eaeuWorld.people().citizenSince[tajik], "one who needs a patent does, at the full rate");
    }

    @Test
    void enforcementFinesAndExpelsTheIrregularItChecksAndLeavesTheLawfulAlone() {
        HandWorld w = new HandWorld(YearMonth.of(2019, 4), 1).behaviour("enforcement.check_rate", 1.0, 1.0, 1.0, 1.0, 1.0)
                .behaviour("enforcement.bribe_rate", 0.0);
        List<Integer> irregular = new ArrayList<>();
        List<Integer> lawful = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            w.household(Origin.TJ);
            irregular.add(w.person(Role.HEAD, 0, 30));
            lawful.add(w.person(Role.OTHER, 0, 30));
        }
        World world = w.build();
        People p = world.people();
        for (int i : irregular) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
            p.legal[i] = (byte) LegalState.IRREGULAR.ordinal(); // unregistered past the deadline
            p.earnings[i] = 500;
        }
        for (int i : lawful) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
            p.legal[i] = (byte) LegalState.LEGAL_WORKER.ordinal();
            p.earnings[i] = 500;
        }

        Tally t = HandWorld.run(world, EnforcementPhase::new).get(0);

        assertEquals(80, t.total(TJ, Measure.CHECKED), "everyone is checked at this rate");
        for (int i : lawful) {
            assertEquals(Place.RU_MOW.code(), p.place[i]);
            assertEquals(-1, p.lastOffence[i]);
            assertEquals(500, p.earnings[i], "nothing taken from the lawful");
        }
        int expelled = 0;
        for (int i : irregular) {
            assertTrue(p.earnings[i] < 500 || p.place[i] == 0, "fined (and the pay cleared if expelled)");
            assertEquals(0, p.lastOffence[i], "the offence is recorded");
            if (p.place[i] == 0) {
                expelled++;
                assertEquals(LegalState.HOME.ordinal(), p.legal[i]);
                assertFalse(p.has(i, People.VISITING), "an expulsion is not a visit");
            }
        }
        assertTrue(t.total(TJ, Measure.FINES_USD) > 0);
        assertEquals(expelled, t.total(TJ, Measure.EXPELLED));
        assertEquals(expelled, t.get(TJ, HouseholdMeasure.RETURNEES_FAILURE), "an expelled migrant is a returnee of failure");
    }

    @Test
    void whileRussiasBordersWereClosedNobodyLeftForRussiaAndWhileTheDecreeHeldNobodyWasExpelled() {
        // June 2020: entry closed (from 18.03.2020) and Decree No. 274's moratorium in force
        assertEquals(0, departuresToRussia(YearMonth.of(2020, 6)), "the border is closed to Tajik workers");
        assertTrue(departuresToRussia(YearMonth.of(2019, 6)) > 50, "a year before, most of the men leave at this hazard");
        assertEquals(0, expelledInMoscow(YearMonth.of(2020, 6)), "the moratorium: no expulsion");
        assertTrue(expelledInMoscow(YearMonth.of(2019, 6)) > 0, "without it, Moscow expels the irregular it checks");
        assertTrue(expelledInMoscow(YearMonth.of(2021, 11)) > 0, "expulsions resumed on 1 October 2021");
    }

    @Test
    void turkeysPullIsEachOrigins() {
        // Turkey's term for Kyrgyz only: Kyrgyz who leave go to Turkey, Tajiks facing the same wages do not.
        HandWorld w = new HandWorld(YearMonth.of(2019, 6), 1).behaviour("migration.base_hazard", 1.0, 1.0, 1.0)
                .behaviour("migration.destination_constant", 0.0, 0.0, 0.0, -20.0, -3.0)
                .behaviour("migration.turkey_constant", 0.0, 20.0, 0.0);
        List<Integer> tajiks = new ArrayList<>();
        List<Integer> kyrgyz = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            w.household(Origin.TJ);
            tajiks.add(w.person(Role.HEAD, 0, 25 + k % 10));
            w.household(Origin.KG);
            kyrgyz.add(w.person(Role.HEAD, 0, 25 + k % 10));
        }
        World world = w.build();
        HandWorld.run(world, MigrationPhase::new);
        int[] tajiksOut = whereTheyWent(world, tajiks);
        int[] kyrgyzOut = whereTheyWent(world, kyrgyz);
        // Enough leave for the shares below to mean something (how many leave follows the fitted wage ratio).
        assertTrue(tajiksOut[0] > 25 && kyrgyzOut[0] > 25, "leavers of 200: " + tajiksOut[0] + ", " + kyrgyzOut[0]);
        assertTrue(kyrgyzOut[1] > 0.95 * kyrgyzOut[0], "Kyrgyz in Turkey: " + kyrgyzOut[1] + " of " + kyrgyzOut[0]);
        assertTrue(tajiksOut[1] < 0.2 * tajiksOut[0], "Tajiks in Turkey: " + tajiksOut[1] + " of " + tajiksOut[0]);
    }

    /** How many of the people left home, and how many of them are in Turkey. */
    private static int[] whereTheyWent(World world, List<Integer> people) {
        int[] out = new int[2];
        for (int i : people) {
            Place p = Place.of(world.people().place[i]);
            out[0] += p != Place.HOME ? 1 : 0;
            out[1] += p == Place.TR ? 1 : 0;
        }
        return out;
    }

    private static double departuresToRussia(YearMonth month) {
        HandWorld w = new HandWorld(month, 1).behaviour("migration.base_hazard", 1.0, 1.0, 1.0)
                .behaviour("migration.destination_constant", 0.0, 0.0, 0.0, -20.0, -20.0); // all would go to Russia
        List<Integer> men = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            w.household(Origin.TJ);
            men.add(w.person(Role.HEAD, 0, 25 + k % 10));
        }
        World world = w.build();
        HandWorld.run(world, MigrationPhase::new);
        int russia = 0;
        for (int i : men) {
            russia += Place.of(world.people().place[i]).russia() ? 1 : 0;
        }
        return russia;
    }

    private static double expelledInMoscow(YearMonth month) {
        HandWorld w = new HandWorld(month, 1).behaviour("enforcement.check_rate", 1.0, 1.0, 1.0, 1.0, 1.0)
                .behaviour("enforcement.bribe_rate", 0.0);
        List<Integer> irregular = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            w.household(Origin.TJ);
            irregular.add(w.person(Role.HEAD, 0, 30));
        }
        World world = w.build();
        for (int i : irregular) {
            HandWorld.abroad(world, i, Place.RU_MOW, 0, Short.MAX_VALUE);
            world.people().legal[i] = (byte) LegalState.IRREGULAR.ordinal();
        }
        return HandWorld.run(world, EnforcementPhase::new).get(0).total(TJ, Measure.EXPELLED);
    }

    @Test
    void anAmnestyLiftsTheCountrysBansAndNoOthers() {
        HandWorld w = new HandWorld(YearMonth.of(2018, 1), 1).scenario("ban-amnesty-2018");
        w.household(Origin.TJ);
        int russian = w.person(Role.HEAD, 0, 30);
        int both = w.person(Role.OTHER, 0, 30);
        World world = w.build();
        People p = world.people();
        HandWorld.ban(world, russian, Place.RU_MOW, 40, true);
        HandWorld.ban(world, both, Place.RU_OTHER, 40, true);
        HandWorld.ban(world, both, Place.KZ, 40, true);

        HandWorld.run(world, EnforcementPhase::new);

        assertEquals(-1, p.bannedRu[russian]);
        assertFalse(p.holds(russian, People.KNOWS_BAN), "nothing left to know of");
        assertEquals(-1, p.bannedRu[both]);
        assertEquals(40, p.bannedKz[both], "a Russian amnesty leaves the Kazakh ban");
        assertTrue(p.holds(both, People.KNOWS_BAN));
    }

    @Test
    void remittancesSendAShareOfWhatIsLeftAndTheTransferCostsTheRest() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 1);
        int earnerHome = w.household(Origin.TJ);
        int earner = w.person(Role.HEAD, 0, 30);
        int idleHome = w.household(Origin.TJ);
        int idle = w.person(Role.HEAD, 0, 30);
        World world = w.build();
        People p = world.people();
        HandWorld.abroad(world, earner, Place.RU_MOW, 0, Short.MAX_VALUE);
        HandWorld.abroad(world, idle, Place.RU_MOW, 0, Short.MAX_VALUE);
        p.earnings[earner] = 3000;

        Tally t = HandWorld.run(world, RemittancePhase::new).get(0);

        Households h = world.households();
        double sent = t.total(TJ, Measure.REMITTANCES_USD);
        double cost = t.get(TJ, HouseholdMeasure.TRANSFER_COSTS_USD);
        assertTrue(sent > 0 && sent < 3000 && cost > 0);
        assertEquals(sent - cost, h.remitted[earnerHome], 1e-3, "what arrives is what was sent less the transfer's cost");
        assertEquals(0, h.remitted[idleHome], "nothing earned, nothing sent");
        assertEquals(3000, p.earnings[earner], "sending does not touch the month's earnings");
    }

    @Test
    void afterTheCurrencysFallMigrantsGiveUpLivingCostsToSendMoreAndOnlyThen() {
        // April 2016: a rouble buys about 30% fewer dollars than on average over the three years before.
        double fallen1 = sentByOneMigrant(YearMonth.of(2016, 4), 1.0);
        double fallen0 = sentByOneMigrant(YearMonth.of(2016, 4), 0.0);
        World world = new HandWorld(YearMonth.of(2016, 4), 1).build();
        var month = HandWorld.month(world, 0);
        double fall = month.payCurrencyFall(Place.RU_MOW.ordinal());
        assertTrue(fall > 0.2 && fall < 0.4, "the rouble's fall against its three-year mean: " + fall);
        double living = world.behaviour().get("remittance.living_cost_share") * month.prospects.migrantWage(Place.RU_MOW.ordinal());
        double sendShare = world.behaviour().get("remittance.send_share");
        assertEquals(sendShare * (EARNINGS - living), fallen0, 1e-6, "no making-up: the share of what is left after the place's living costs");
        assertEquals(sendShare * (EARNINGS - living * (1 - fall)), fallen1, 1e-6, "making up all of it: living costs cut by the fall");
        // April 2008: the rouble stood above its mean, so there is nothing to make up.
        assertEquals(sentByOneMigrant(YearMonth.of(2008, 4), 0.0), sentByOneMigrant(YearMonth.of(2008, 4), 1.0), 1e-9);
    }

    @Test
    void whenBuildingFallsFurtherThanOutputTheConstructionShareOfMigrantsJobsFollowsBuilding() {
        // July 2009: output at 0.92 of 2008, building at 0.84; 1.6 million jobs in Moscow at demand 1, 40% of them
        // construction's, which follow building: 1.6m x (0.6 x 0.92 + 0.4 x 0.84).
        var month = HandWorld.month(new HandWorld(YearMonth.of(2009, 7), 1).build(), 0);
        assertEquals(1_600_000 * (0.6 * 0.92 + 0.4 * 0.84), month.jobsOpen(Place.RU_MOW.ordinal()), 1e-6);
        var withoutBuilding = HandWorld.month(new HandWorld(YearMonth.of(2009, 7), 1).behaviour("work.construction_job_share", 0.0).build(), 0);
        assertEquals(1_600_000 * 0.92, withoutBuilding.jobsOpen(Place.RU_MOW.ordinal()), 1e-6, "output alone");
        assertEquals(month.jobsOpen(Place.KZ.ordinal()), withoutBuilding.jobsOpen(Place.KZ.ordinal()), 1e-9,
                "no construction series outside Russia");
        // The destination's pull reads the same jobs: fewer of them in Moscow, a smaller share choosing it.
        assertTrue(choosingMoscow(month) < choosingMoscow(withoutBuilding), choosingMoscow(month) + " against " + choosingMoscow(withoutBuilding));
        // July 2012: building grew, so only output counts.
        var grown = HandWorld.month(new HandWorld(YearMonth.of(2012, 7), 1).build(), 0);
        assertEquals(1_600_000 * 1.04, grown.jobsOpen(Place.RU_MOW.ordinal()), 1e-6);
    }

    /** Of 10,000 evenly spread draws, how many Tajik men free to go anywhere choose Moscow. */
    private static int choosingMoscow(org.corridor.sim.engine.Month month) {
        int n = 0;
        for (int k = 0; k < 10_000; k++) {
            n += month.prospects.choose(Origin.TJ.ordinal(), 0, 0, (k + 0.5) / 10_000) == Place.RU_MOW.ordinal() ? 1 : 0;
        }
        return n;
    }

    private static final double EARNINGS = 900;

    private static double sentByOneMigrant(YearMonth month, double compensation) {
        HandWorld w = new HandWorld(month, 1).behaviour("remittance.currency_compensation", compensation);
        w.household(Origin.KG);
        int migrant = w.person(Role.HEAD, 0, 30);
        World world = w.build();
        HandWorld.abroad(world, migrant, Place.RU_MOW, 0, Short.MAX_VALUE);
        world.people().earnings[migrant] = (float) EARNINGS;
        return HandWorld.run(world, RemittancePhase::new).get(0).total(KG, Measure.REMITTANCES_USD);
    }

    @Test
    void theCensusCountsWhoIsAbroadDropsTheDeadAndForgetsBansRunOut() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 2);
        int migrantHome = w.household(Origin.KG);
        int migrant = w.person(Role.HEAD, 0, 30);
        int old = w.person(Role.ELDER, 0, 120);
        int bannedHome = w.household(Origin.KG);
        int banned = w.person(Role.HEAD, 0, 30);
        World world = w.build();
        People p = world.people();
        Households h = world.households();
        HandWorld.abroad(world, migrant, Place.KZ, 0, Short.MAX_VALUE);
        HandWorld.abroad(world, old, Place.KZ, 0, Short.MAX_VALUE);
        HandWorld.ban(world, banned, Place.RU_SPE, 0, true); // the ban's last month is the first

        List<Tally> t = HandWorld.run(world, List.of(new DemographyPhase(world), new CensusPhase(world)));

        int kazakhstan = Place.KZ.ordinal();
        assertEquals(1, t.get(0).atPlace(KG, kazakhstan, Measure.ABROAD), "the dead are not counted abroad");
        assertFalse(p.holds(old, People.LISTED_ABROAD), "and are dropped from the list");
        assertTrue(p.holds(migrant, People.LISTED_ABROAD));
        assertEquals(2, p.monthsAbroad[migrant]);
        assertEquals(1, h.abroad[migrantHome]);
        assertEquals(1, t.get(0).atPlace(KG, Place.RU_SPE.ordinal(), Measure.BANNED), "a ban is counted where it was imposed");
        assertEquals(0, t.get(1).atPlace(KG, Place.RU_SPE.ordinal(), Measure.BANNED));
        assertFalse(p.holds(banned, People.KNOWS_BAN), "a ban run out is forgotten");
        assertFalse(p.holds(banned, People.LISTED_BANNED));
        assertEquals(0, h.knownBan[bannedHome], "the household no longer sends someone else in his place");
    }

    @Test
    void theFamilySavesAShareOfWhatArrivesCountsTheChildrenLeftBehindAndACoupleApartMayDivorce() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 1).behaviour("household.investing_share", 0.0)
                .behaviour("family.divorce_hazard", 1.0);
        int hh = w.household(Origin.TJ);
        int head = w.person(Role.HEAD, 0, 35);
        int spouse = w.person(Role.SPOUSE, 1, 33);
        w.person(Role.CHILD, 0, 8);
        w.person(Role.CHILD, 1, 12);
        w.person(Role.CHILD, 0, 19);
        w.person(Role.ELDER, 1, 62);
        World world = w.build();
        People p = world.people();
        Households h = world.households();
        HandWorld.abroad(world, head, Place.RU_MOW, 0, Short.MAX_VALUE);
        HandWorld.abroad(world, spouse, Place.RU_MOW, 0, Short.MAX_VALUE);
        h.abroad[hh] = 2; // as the census found
        h.remitted[hh] = 200;
        h.savings[hh] = 50;

        Tally t = HandWorld.run(world, FamilyPhase::new).get(0);

        double saved = world.behaviour().get("household.short_term_savings_share") + world.behaviour().get("household.long_term_savings_share");
        assertEquals(50 + 200 * saved, h.savings[hh], 1e-3);
        assertEquals(200.0 / world.behaviour().get("household.remittance_memory_months"), h.remittedAverage[hh], 1e-3);
        assertEquals(0, h.remitted[hh], "the month's receipts are spent or saved");
        assertEquals(200, t.get(TJ, HouseholdMeasure.RECEIVED_USD), 1e-3);
        assertEquals(2, t.get(TJ, HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD), "the two under 18");
        assertEquals(2, t.get(TJ, HouseholdMeasure.CHILDREN_WITH_GRANDPARENTS));
        assertTrue(p.has(head, People.DIVORCED) && p.has(spouse, People.DIVORCED));
        assertEquals(1, t.get(TJ, HouseholdMeasure.DIVORCES));
    }

    /**
     * A patent is renewed by paying for the month after the last one paid; in the world's first month,
     * "the month before" is -1, which is also "no patent", so a migrant with none was taken to have
     * paid last month and could keep a patent never issued by paying the monthly fee.
     */
    @Test
    void noPatentIsRenewedThatWasNeverIssuedNotEvenInTheFirstMonth() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 1).behaviour("legal.authorisation_rate", 0.0, 0.0, 0.0)
                .behaviour("legal.patent_payment_rate", 1.0).behaviour("legal.cost_sensitivity", 0.0);
        w.household(Origin.TJ);
        int newcomer = w.person(Role.HEAD, 0, 30);
        World world = w.build();
        People p = world.people();
        HandWorld.abroad(world, newcomer, Place.RU_OTHER, 0, Short.MAX_VALUE);

        HandWorld.run(world, LegalPathPhase::new);

        assertEquals(-1, p.authorisedUntil[newcomer], "nobody applies at these rates, and there is nothing to renew");
        assertEquals(-1, p.authorisedSince[newcomer]);
    }
}
