package org.corridor.sim.output;

import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * One month's counts, as flat arrays: people by origin x place x sex x legal state x measure, and
 * households by origin x measure. Each chunk of households fills its own tally; the engine adds
 * them in chunk order, so sums are the same whatever the number of threads.
 */
public final class Tally {
    static final int ORIGINS = Origin.ALL.length;
    static final int PLACES = Place.ALL.length;
    static final int SEXES = 2;
    static final int STATES = LegalState.ALL.length;
    static final int MEASURES = Measure.ALL.length;
    static final int HOUSEHOLD_MEASURES = HouseholdMeasure.ALL.length;

    final double[] people = new double[ORIGINS * PLACES * SEXES * STATES * MEASURES];
    final double[] households = new double[ORIGINS * HOUSEHOLD_MEASURES];

    static int index(int origin, int place, int sex, int state, Measure m) {
        return (((origin * PLACES + place) * SEXES + sex) * STATES + state) * MEASURES + m.ordinal();
    }

    public void add(int origin, int place, int sex, int state, Measure m, double amount) {
        people[index(origin, place, sex, state, m)] += amount;
    }

    public void add(int origin, HouseholdMeasure m, double amount) {
        households[origin * HOUSEHOLD_MEASURES + m.ordinal()] += amount;
    }

    public double get(int origin, int place, int sex, int state, Measure m) {
        return people[index(origin, place, sex, state, m)];
    }

    public double get(int origin, HouseholdMeasure m) {
        return households[origin * HOUSEHOLD_MEASURES + m.ordinal()];
    }

    /** The sum of a measure over every place, sex and state for one origin. */
    public double total(int origin, Measure m) {
        double sum = 0;
        for (int p = 0; p < PLACES; p++) {
            for (int s = 0; s < SEXES; s++) {
                for (int st = 0; st < STATES; st++) {
                    sum += people[index(origin, p, s, st, m)];
                }
            }
        }
        return sum;
    }

    /** The sum of a measure over every sex and state for one origin at one place. */
    public double atPlace(int origin, int place, Measure m) {
        double sum = 0;
        for (int s = 0; s < SEXES; s++) {
            for (int st = 0; st < STATES; st++) {
                sum += people[index(origin, place, s, st, m)];
            }
        }
        return sum;
    }

    /** People alive of an origin, as counted by the demography phase. */
    public double populationOf(int origin) {
        return get(origin, HouseholdMeasure.POPULATION);
    }

    public void addAll(Tally other) {
        for (int i = 0; i < people.length; i++) {
            people[i] += other.people[i];
        }
        for (int i = 0; i < households.length; i++) {
            households[i] += other.households[i];
        }
    }

    /** The number of cells in a tally: what {@link #copyTo} writes and {@link #of} reads. */
    public static final int CELLS = ORIGINS * PLACES * SEXES * STATES * MEASURES + ORIGINS * HOUSEHOLD_MEASURES;

    /** Writes every cell, people first, into {@code cells} from {@code offset}: a tally as plain numbers, to ship or store. */
    public void copyTo(double[] cells, int offset) {
        System.arraycopy(people, 0, cells, offset, people.length);
        System.arraycopy(households, 0, cells, offset + people.length, households.length);
    }

    /** The tally whose cells {@link #copyTo} wrote. */
    public static Tally of(double[] cells, int offset) {
        Tally t = new Tally();
        System.arraycopy(cells, offset, t.people, 0, t.people.length);
        System.arraycopy(cells, offset + t.people.length, t.households, 0, t.households.length);
        return t;
    }

    public void clear() {
        java.util.Arrays.fill(people, 0);
        java.util.Arrays.fill(households, 0);
    }
}
