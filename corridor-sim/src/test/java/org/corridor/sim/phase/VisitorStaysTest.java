package org.corridor.sim.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.corridor.law.assessment.StayLimitRule;
import org.corridor.law.parameter.StayLimit;
import org.corridor.sim.engine.HandWorld;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.World;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;
import org.junit.jupiter.api.Test;

/** The month's table of visitors' lawful stays gives the law's own count for every last stay an agent can present. */
class VisitorStaysTest {
    @Test
    void theTableIsTheLawsCountForEveryLastStay() {
        HandWorld w = new HandWorld(YearMonth.of(2003, 1), 12 * 24);
        w.household(Origin.TJ);
        w.person(Role.HEAD, 0, 30);
        World world = w.build();
        VisitorStays stays = new VisitorStays();
        int shortened = 0;
        int compared = 0;
        for (int m = 0; m < world.months(); m += 5) {
            Month month = HandWorld.month(world, m);
            stays.prepare(month);
            for (Origin origin : Origin.ALL) {
                for (Place place : Place.DESTINATIONS) {
                    StayLimit limit = month.law().rules(month.slot(origin.ordinal(), place.ordinal())).orElse(StayLimitRule.LIMIT, null);
                    int fresh = stays.legalUntil(month, origin.ordinal(), place.ordinal(), -1, -1);
                    if (limit == null) {
                        assertEquals(Short.MAX_VALUE, fresh, month.calendar + " " + origin + " " + place + ": no limit");
                        continue;
                    }
                    assertEquals(VisitorStays.exact(month, limit, -1, -1), fresh, month.calendar + " " + origin + " " + place);
                    for (int entered = Math.max(0, m - 50); entered <= m; entered++) {
                        for (int left = entered; left <= m; left++) {
                            int expected = VisitorStays.exact(month, limit, entered, left);
                            assertEquals(expected, stays.legalUntil(month, origin.ordinal(), place.ordinal(), entered, left),
                                    month.calendar + " " + origin + " " + place + ": last stay " + entered + ".." + left);
                            compared++;
                            shortened += expected < fresh ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100_000, "compared " + compared);
        assertTrue(shortened > 1000, "a recent stay shortens the new one in " + shortened + " cases");
    }
}
