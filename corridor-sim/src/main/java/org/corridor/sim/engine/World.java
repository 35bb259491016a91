package org.corridor.sim.engine;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.environment.Environment;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;

/**
 * The simulated corridor: its people and households (the state the phases change), and what stays
 * fixed through a run (the law's compiled view, the environment, the behaviour parameters, the
 * scenario's events, the seed and the scale).
 *
 * @param scale agents per real person: 1.0 is everyone, 0.01 one in a hundred
 * @param first the first month simulated (the burn-in starts here)
 * @param reportFrom the first month written to the outputs
 * @param last the last month simulated
 */
public record World(People people, Households households, CompiledLaw law, Environment environment, Behaviour behaviour,
                    List<BanAmnesty> amnesties, long seed, double scale, YearMonth first, YearMonth reportFrom, YearMonth last) {
    public World {
        amnesties = List.copyOf(amnesties);
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
        }
        if (reportFrom.isBefore(first) || last.isBefore(reportFrom)) {
            throw new IllegalArgumentException("months out of order: " + first + " <= " + reportFrom + " <= " + last);
        }
        if (ChronoUnit.MONTHS.between(first, last) >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("a run is limited to " + Short.MAX_VALUE + " months");
        }
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** The index of a calendar month (0 = {@link #first}). */
    public int index(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(first, month);
    }
}
