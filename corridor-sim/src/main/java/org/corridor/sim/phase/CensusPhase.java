package org.corridor.sim.phase;

import org.corridor.law.compiled.Field;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;

/**
 * The month-end count: who is abroad, where, in which legal state, registered, authorised or
 * irregular, and who is under a ban (counted at the place that imposed it, wherever the person is).
 * Changes nothing but the months-abroad counter.
 */
public final class CensusPhase implements Phase {
    private final People people;
    private final Households households;

    public CensusPhase(World world) {
        this.people = world.people();
        this.households = world.households();
    }

    @Override
    public void run(Month month, int first, int end, Tally tally) {
        People p = people;
        int m = month.index;
        for (int hh = first; hh < end; hh++) {
            for (int i = households.first[hh], last = i + households.size[hh]; i < last; i++) {
                if ((p.flags[i] & People.ALIVE) == 0) {
                    continue;
                }
                int origin = p.origin[i];
                int sex = p.sex[i];
                int state = p.legal[i];
                int place = p.place[i];
                if (place != 0) {
                    p.monthsAbroad[i]++;
                    tally.add(origin, place, sex, state, Measure.ABROAD, 1);
                    if ((p.flags[i] & People.REGISTERED) != 0) {
                        tally.add(origin, place, sex, state, Measure.REGISTERED, 1);
                    }
                    boolean working = (p.flags[i] & People.WORKING) != 0;
                    if (p.authorisedUntil[i] >= m
                            || (working && !month.law().flag(Field.WORK_AUTHORISATION_REQUIRED, month.slot(origin, place)))) {
                        tally.add(origin, place, sex, state, Measure.AUTHORISED, 1);
                    }
                    if (state == LegalState.IRREGULAR.ordinal()) {
                        tally.add(origin, place, sex, state, Measure.IRREGULAR, 1);
                    }
                }
                if (p.bannedRu[i] >= m) {
                    tally.add(origin, p.banPlace[i], sex, state, Measure.BANNED, 1);
                }
                if (p.bannedKz[i] >= m) {
                    tally.add(origin, Place.KZ.ordinal(), sex, state, Measure.BANNED, 1);
                }
                if (p.bannedTr[i] >= m) {
                    tally.add(origin, Place.TR.ordinal(), sex, state, Measure.BANNED, 1);
                }
            }
        }
    }
}
