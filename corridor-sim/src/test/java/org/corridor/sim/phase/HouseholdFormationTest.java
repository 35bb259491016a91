package org.corridor.sim.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.corridor.sim.engine.Engine;
import org.corridor.sim.engine.HandWorld;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;
import org.junit.jupiter.api.Test;

/**
 * The yearly re-layout on hand-made worlds: a son's household splits off, a bride moves into her
 * husband's household, the layout stays one block per household with every index consistent; and
 * the family phase counts the children left behind through their own parents.
 */
class HouseholdFormationTest {
    static final int TJ = Origin.TJ.ordinal();
    /** December: the world's second month is a January, when the re-layout runs. */
    static final YearMonth DECEMBER = YearMonth.of(2015, 12);

    /** Runs the world's months with no monthly phase, only the yearly re-layout; returns it. */
    static HouseholdFormation relayout(World world) {
        HouseholdFormation f = new HouseholdFormation(world);
        new Engine(world, 1, List.of(), f).run((month, tally) -> { });
        return f;
    }

    /** Where the person made as {@code id} is now. */
    static int now(People p, Households h, int id) {
        for (int i = 0, n = h.people(); i < n; i++) {
            if (p.id[i] == id) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSonMarriedLongEnoughSetsUpHisOwnHouseholdWithHisWifeAndChildTheYoungestStays() {
        HandWorld w = new HandWorld(DECEMBER, 2).behaviour("family.marriage_yearly", 0.0).behaviour("family.split_after_years", 3.0);
        w.household(Origin.TJ);
        w.person(Role.HEAD, 0, 58);
        w.person(Role.SPOUSE, 1, 54);
        int son = w.person(Role.CHILD, 0, 29);
        int wife = w.person(Role.OTHER, 1, 25);
        int grandchild = w.person(Role.CHILD, 1, 3);
        int unborn = w.personAgedMonths(Role.CHILD, 0, -6);
        int youngest = w.person(Role.CHILD, 0, 27);
        int youngestWife = w.person(Role.OTHER, 1, 24);
        World world = w.build();
        People p = world.people();
        int start = (DECEMBER.getYear() - 1900) * 12 + DECEMBER.getMonthValue() - 1;
        marry(p, son, wife, start - 12 * 4);
        marry(p, youngest, youngestWife, start - 12 * 4);
        for (int child : new int[] {grandchild, unborn}) {
            p.mother[child] = wife;
            p.father[child] = son;
        }

        HouseholdFormation f = relayout(world);

        Households h = world.households();
        assertEquals(1, f.splits(), "the older married son leaves; the youngest stays with his parents");
        assertEquals(2, h.count);
        int s = now(p, h, son);
        int hs = p.household[s];
        assertEquals(1, hs, "the split-off household follows its parents'");
        assertEquals(4, h.size[hs], "he, his wife, their child and the one not yet born");
        assertEquals(Role.HEAD.ordinal(), p.role[s]);
        int wf = now(p, h, wife);
        assertEquals(Role.SPOUSE.ordinal(), p.role[wf]);
        assertEquals(wf, p.spouse[s]);
        assertEquals(s, p.spouse[wf]);
        for (int child : new int[] {grandchild, unborn}) {
            int c = now(p, h, child);
            assertEquals(hs, p.household[c]);
            assertEquals(wf, p.mother[c], "the child is linked to its own parents at their new places");
            assertEquals(s, p.father[c]);
        }
        assertEquals(4, h.size[0]);
        assertEquals(0, p.household[now(p, h, youngest)]);
        assertEquals(h.origin[0], h.origin[1]);
        consistent(world);
    }

    @Test
    void aMarriageMovesTheBrideWithHerChildNotYetBornIntoHerHusbandsHousehold() {
        HandWorld w = new HandWorld(DECEMBER, 2).behaviour("family.marriage_yearly", 1.0);
        w.household(Origin.TJ);
        w.person(Role.HEAD, 0, 50);
        w.person(Role.SPOUSE, 1, 47);
        int groom = w.person(Role.CHILD, 0, 24);
        w.household(Origin.TJ);
        w.person(Role.HEAD, 0, 52);
        w.person(Role.SPOUSE, 1, 48);
        int bride = w.person(Role.CHILD, 1, 21);
        int unborn = w.personAgedMonths(Role.CHILD, 1, -8);
        World world = w.build();
        People p = world.people();
        p.mother[unborn] = bride;
        p.father[unborn] = -1;

        HouseholdFormation f = relayout(world);

        Households h = world.households();
        assertEquals(1, f.marriages());
        int g = now(p, h, groom);
        int b = now(p, h, bride);
        int u = now(p, h, unborn);
        assertEquals(p.household[g], p.household[b], "the bride lives with her husband's family");
        assertEquals(p.household[g], p.household[u], "with her child to be born");
        assertEquals(b, p.spouse[g]);
        assertEquals(g, p.spouse[b]);
        assertEquals(Role.OTHER.ordinal(), p.role[b], "a daughter-in-law");
        assertEquals(b, p.mother[u]);
        assertEquals(g, p.father[u]);
        assertEquals(5, h.size[p.household[g]]);
        assertEquals(2, h.size[1 - p.household[g]]);
        assertEquals(DECEMBER.plusMonths(1).getYear() * 12 - 1900 * 12, p.married[g]);
        consistent(world);
    }

    @Test
    void childrenAreCountedLeftBehindThroughTheirOwnParentsAMarriedSonsChildrenIncluded() {
        HandWorld w = new HandWorld(YearMonth.of(2016, 4), 1).behaviour("household.investing_share", 0.0);
        int hh = w.household(Origin.TJ);
        w.person(Role.HEAD, 0, 58);
        w.person(Role.SPOUSE, 1, 54);
        int son = w.person(Role.CHILD, 0, 30);
        int wife = w.person(Role.OTHER, 1, 27);
        int a = w.person(Role.CHILD, 0, 6);
        int b = w.person(Role.CHILD, 1, 3);
        w.person(Role.CHILD, 1, 14); // the head's own daughter: both her parents are at home
        World world = w.build();
        People p = world.people();
        marry(p, son, wife, 0);
        for (int child : new int[] {a, b}) {
            p.mother[child] = wife;
            p.father[child] = son;
        }
        HandWorld.abroad(world, son, Place.RU_MOW, 0, Short.MAX_VALUE);
        world.households().abroad[hh] = 1;

        Tally t = HandWorld.run(world, FamilyPhase::new).get(0);

        assertEquals(2, t.get(TJ, HouseholdMeasure.CHILDREN_ONE_PARENT_ABROAD), "the son's two children, not his sister");
        assertEquals(0, t.get(TJ, HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD));

        HandWorld.abroad(world, wife, Place.RU_MOW, 0, Short.MAX_VALUE);
        world.households().abroad[hh] = 2;
        t = HandWorld.run(world, FamilyPhase::new).get(0);
        assertEquals(2, t.get(TJ, HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD));
        assertEquals(2, t.get(TJ, HouseholdMeasure.CHILDREN_WITH_GRANDPARENTS), "the son's parents are at home with them");
        assertEquals(1, t.get(TJ, HouseholdMeasure.MIGRANT_HOUSEHOLDS_TWO));
    }

    static void marry(People p, int husband, int wife, int month) {
        p.spouse[husband] = wife;
        p.spouse[wife] = husband;
        p.married[husband] = (short) month;
        p.married[wife] = (short) month;
    }

    /**
     * The layout's invariants: households are consecutive blocks that cover everyone; each person's
     * household is the block holding them; links point inside the world, spouses point at each other,
     * and a living child under 18 lives with its living parents.
     */
    static void consistent(World world) {
        People p = world.people();
        Households h = world.households();
        int n = h.people();
        int next = 0;
        for (int hh = 0; hh < h.count; hh++) {
            assertEquals(next, h.first[hh], "blocks are consecutive");
            assertTrue(h.size[hh] > 0, "no empty household is kept");
            int living = 0;
            for (int i = h.first[hh]; i < h.first[hh] + h.size[hh]; i++) {
                assertEquals(hh, p.household[i]);
                living += p.has(i, People.ALIVE) ? 1 : 0;
            }
            assertEquals(living, h.living[hh]);
            next += h.size[hh];
        }
        assertEquals(n, next);
        int now = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            assertTrue(!p.has(i, People.DEAD), "the dead have left the world at the re-layout");
            for (int link : new int[] {p.mother[i], p.father[i], p.spouse[i]}) {
                assertTrue(link >= -1 && link < n, "a link inside the world");
            }
            if (p.spouse[i] >= 0) {
                assertEquals(i, p.spouse[p.spouse[i]], "spouses point at each other");
            }
            now = Math.max(now, p.birth[i]);
        }
    }
}
