package org.corridor.sim.population;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Role;

/**
 * Builds the synthetic population: households of each origin, one after another, until the origin's
 * people in the first month (UN WPP 2024, times the scale) are reached. A household has a head, often
 * a wife, their children (daughters marry out, sons set up their own households except one who stays
 * with his wife and children: the patrilocal extended family of 000:89-93 and 002:3044-3051), and in
 * extended households the head's parents. Every birth of the run is drawn now, from the fertility of
 * each woman's age and year, and placed in her household's block, so that a household's members stay
 * contiguous and no memory is allocated while the simulation runs.
 */
public final class Synthesizer {
    /** The most members (born and unborn) a household can hold: its size is a byte. */
    static final int MAX_MEMBERS = 127;

    /**
     * The synthetic population: households, sized exactly, and people, whose arrays may have spare
     * room at the end ({@link Households#people()} is how many are used): trimming them would copy
     * gigabytes at full scale for no gain.
     */
    public record Population(People people, Households households) {
    }

    /**
     * The ages at which daughters have married out and sons who do not stay have set up their own
     * households, from the behaviour parameters of marriage that the yearly re-layout uses (so the
     * first households agree with the ones the run forms): daughters at the women's marriage age,
     * sons at the men's marriage age plus the years a couple lives with his parents.
     */
    public record Leaving(int daughters, int sons) {
        public static Leaving of(org.corridor.sim.behaviour.Behaviour b) {
            return new Leaving((int) Math.round(b.get("family.marriage_age_women")),
                    (int) Math.round(b.get("family.marriage_age_men") + b.get("family.split_after_years")));
        }
    }

    private final PopulationInputs inputs;
    private final PopulationInputs.Shared shared;
    private final int firstMonth;
    private final int lastMonth;
    private final SplittableRandom random;
    private final Leaving leaving;
    // The household being built.
    private final short[] birth = new short[MAX_MEMBERS];
    private final byte[] sex = new byte[MAX_MEMBERS];
    private final byte[] role = new byte[MAX_MEMBERS];
    // Kin, as members' positions in the household being built (-1 none), and the month of a marriage.
    private final int[] mother = new int[MAX_MEMBERS];
    private final int[] father = new int[MAX_MEMBERS];
    private final int[] spouse = new int[MAX_MEMBERS];
    private final short[] married = new short[MAX_MEMBERS];
    private int members;
    private People people;
    private Households households;
    private int personCount;
    private int householdCount;

    private Synthesizer(PopulationInputs inputs, Leaving leaving, YearMonth first, YearMonth last, long seed) {
        this.inputs = inputs;
        this.leaving = leaving;
        this.shared = inputs.shared();
        this.firstMonth = since1900(first);
        this.lastMonth = since1900(last);
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** Builds the population for a run from {@code first} to {@code last} at {@code scale} agents per person. */
    public static Population build(PopulationInputs inputs, Leaving leaving, double scale, YearMonth first, YearMonth last, long seed) {
        Synthesizer s = new Synthesizer(inputs, leaving, first, last, seed);
        double target = 0;
        for (PopulationInputs.OriginInputs o : inputs.origins()) {
            target += o.populationAt(first) * scale;
        }
        // The living, plus births at about 3% of them a year (the corridor's crude birth rate), plus a margin.
        double years = java.time.temporal.ChronoUnit.MONTHS.between(first, last) / 12.0;
        int expected = (int) Math.min(Integer.MAX_VALUE - 8, target * (1.05 + 0.03 * years) + 1024);
        s.people = new People(expected);
        s.households = new Households(Math.max(1024, (int) (target / 3)));
        for (Origin o : Origin.ALL) {
            s.buildOrigin(o, inputs.origins().get(o.ordinal()), Math.max(1, Math.round(inputs.origins().get(o.ordinal()).populationAt(first) * scale)));
        }
        // Room for the households that split off during the run (the yearly re-layout also drops empty ones):
        // at scale 0.004 the count rises by half from 2002 to 2026.
        return new Population(s.people, s.households.copy(2 * s.householdCount + 64, s.householdCount));
    }

    static int since1900(YearMonth m) {
        return (m.getYear() - 1900) * 12 + m.getMonthValue() - 1;
    }

    private void buildOrigin(Origin origin, PopulationInputs.OriginInputs in, long target) {
        double urbanScale = 0;
        for (int r = 0; r < in.regionShares().length; r++) {
            urbanScale += in.regionShares()[r] * in.regionUrban()[r];
        }
        urbanScale = in.urbanShare() / urbanScale;
        long alive = 0;
        while (alive < target) {
            int region = pick(in.regionShares());
            boolean urban = random.nextDouble() < Math.min(1, in.regionUrban()[region] * urbanScale);
            members = 0;
            int living = household(in, urban);
            futureBirths(in);
            store(origin, in, region, urban);
            alive += living;
        }
    }

    /** Fills the household's living members; returns how many. */
    private int household(PopulationInputs.OriginInputs in, boolean urban) {
        boolean femaleHead = random.nextDouble() < in.femaleHead();
        double headAge = 20 + 5 * pick(shared.headAgeWeights()) + 5 * random.nextDouble();
        int head = add(Role.HEAD, femaleHead ? 1 : 0, headAge, -1, -1);
        double motherAge = -1;
        int mum = -1;
        int dad = -1;
        if (!femaleHead && random.nextDouble() < (headAge < 70 ? shared.marriedShare()[0] : shared.marriedShare()[1])) {
            motherAge = headAge - gap();
            mum = add(Role.SPOUSE, 1, motherAge, -1, -1);
            dad = head;
            marry(head, mum);
        } else if (femaleHead && headAge < 60) {
            motherAge = headAge;
            mum = head;
        }
        if (motherAge > 0 && mum >= 0) {
            children(in, motherAge, mum, dad, true);
        }
        if (headAge <= 60 && random.nextDouble() < (urban ? in.extendedUrban() : in.extendedRural())) {
            double grandmother = headAge + 22 + 8 * random.nextDouble();
            int gm = -1;
            int gf = -1;
            if (random.nextDouble() < survivalFrom60(grandmother)) {
                gm = add(Role.ELDER, 1, grandmother, -1, -1);
            }
            double grandfather = grandmother + gap();
            if (random.nextDouble() < survivalFrom60(grandfather + 5)) { // men die earlier
                gf = add(Role.ELDER, 0, grandfather, -1, -1);
            }
            if (gm >= 0 && gf >= 0) {
                marry(gf, gm);
            }
            mother[head] = gm; // the head's parents
            father[head] = gf;
        }
        return members;
    }

    /** The chance that a parent of this age is still alive, given that most live to 60: a rough life table's tail. */
    private static double survivalFrom60(double age) {
        return age <= 60 ? 1 : Math.exp(-0.1 * (age - 60));
    }

    /**
     * The children a mother of this age has had, those still at home; one grown son may stay with his
     * own family. Her children number as the fertility of the year she was 30 (a cohort's fertility).
     */
    private void children(PopulationInputs.OriginInputs in, double motherAge, int mum, int dad, boolean sonMayStay) {
        int yearAt30 = 1900 + firstMonth / 12 - (int) Math.round(motherAge) + 30;
        int born = poisson(in.fertility().at(YearMonth.of(yearAt30, 7)));
        double stayingSon = -1;
        for (int k = 0; k < born; k++) {
            double ageAtBirth = shared.firstBirthAge() + k * shared.birthSpacingYears() + random.nextDouble();
            if (ageAtBirth > Math.min(motherAge, 45)) {
                break;
            }
            double age = motherAge - ageAtBirth;
            boolean boy = random.nextDouble() < shared.sexRatioAtBirth() / (1 + shared.sexRatioAtBirth());
            if (!boy && age >= leaving.daughters()) {
                continue;
            }
            if (boy && age >= leaving.sons()) {
                stayingSon = age; // births run oldest first, so the last one kept is the youngest grown son
                continue;
            }
            add(Role.CHILD, boy ? 0 : 1, age, mum, dad);
        }
        if (sonMayStay && stayingSon > 0 && random.nextDouble() < in.marriedSonStays()) {
            int son = add(Role.CHILD, 0, stayingSon, mum, dad);
            double wifeAge = stayingSon - gap();
            int wife = add(Role.OTHER, 1, wifeAge, -1, -1);
            if (son >= 0 && wife >= 0) {
                marry(son, wife);
                children(in, wifeAge, wife, son, false);
            }
        }
    }

    /** Draws every birth of the run to the household's women, oldest first, including daughters born during the run. */
    private void futureBirths(PopulationInputs.OriginInputs in) {
        double[] schedule = shared.fertilitySchedule();
        double boy = shared.sexRatioAtBirth() / (1 + shared.sexRatioAtBirth());
        for (int k = 0; k < members && members < MAX_MEMBERS; k++) {
            if (sex[k] != 1) {
                continue;
            }
            int start = Math.max(firstMonth, birth[k] + 15 * 12);
            int end = Math.min(lastMonth, birth[k] + 50 * 12 - 1);
            for (int year = start; year <= end && members < MAX_MEMBERS; year += 12) {
                int age = (year - birth[k]) / 12;
                double tfr = in.fertility().at(YearMonth.of(1900 + year / 12, 1 + year % 12));
                double annual = tfr * schedule[Math.min(6, (age - 15) / 5)] / 5;
                if (random.nextDouble() < annual) {
                    int month = year + random.nextInt(12);
                    if (month <= lastMonth && month > firstMonth) {
                        birth[members] = (short) month;
                        sex[members] = (byte) (random.nextDouble() < boy ? 0 : 1);
                        role[members] = Role.CHILD.code();
                        mother[members] = k;
                        father[members] = spouse[k];
                        spouse[members] = -1;
                        married[members] = -1;
                        members++;
                    }
                }
            }
        }
    }

    /** Adds a member with her or his parents (positions, or -1); returns the member's position, or -1 if the household is full. */
    private int add(Role r, int s, double ageYears, int mum, int dad) {
        if (members >= MAX_MEMBERS) {
            return -1;
        }
        birth[members] = (short) (firstMonth - (int) Math.floor(ageYears * 12));
        sex[members] = (byte) s;
        role[members] = r.code();
        mother[members] = mum;
        father[members] = dad;
        spouse[members] = -1;
        married[members] = -1;
        return members++;
    }

    /**
     * Links a couple already married when the run starts; they married when she reached the women's
     * marriage age (or in the month before the run, if she is younger).
     */
    private void marry(int husband, int wife) {
        spouse[husband] = wife;
        spouse[wife] = husband;
        short when = (short) Math.min(firstMonth - 1, birth[wife] + 12 * leaving.daughters());
        married[husband] = when;
        married[wife] = when;
    }

    private void store(Origin origin, PopulationInputs.OriginInputs in, int region, boolean urban) {
        if (householdCount == households.count) {
            households = households.copy(households.count + households.count / 2, householdCount);
        }
        if (personCount + members > people.capacity) {
            people = people.grow(people.capacity + Math.max(members, people.capacity / 4), personCount);
        }
        int h = householdCount++;
        households.first[h] = personCount;
        households.size[h] = (byte) members;
        households.origin[h] = (byte) origin.ordinal();
        households.region[h] = (byte) region;
        households.rural[h] = (byte) (urban ? 0 : 1);
        int workingAge = 0;
        for (int k = 0; k < members; k++) {
            int i = personCount++;
            people.household[i] = h;
            people.birth[i] = birth[k];
            people.origin[i] = (byte) origin.ordinal();
            people.sex[i] = sex[k];
            people.role[i] = role[k];
            int base = personCount - 1 - k; // the household's first person
            people.mother[i] = mother[k] < 0 ? -1 : base + mother[k];
            people.father[i] = father[k] < 0 ? -1 : base + father[k];
            people.spouse[i] = spouse[k] < 0 ? -1 : base + spouse[k];
            people.married[i] = married[k];
            people.education[i] = (byte) pick(in.education());
            int age = (firstMonth - birth[k]) / 12;
            if (birth[k] <= firstMonth) {
                people.flags[i] = People.ALIVE;
                if (age >= 16 && random.nextDouble() < shared.passportShare()) {
                    people.papers[i] = People.PASSPORT;
                }
                if (age >= 18 && age <= 62) {
                    workingAge++;
                }
            }
        }
        double sigma = shared.incomeDispersion();
        double spread = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
        households.homeIncome[h] = (float) Math.max(0.05, workingAge * shared.incomePerAdult() * spread * (urban ? 1 : shared.ruralIncomeRatio()));
    }

    private double gap() {
        int[] g = shared.spouseAgeGap();
        return g[0] + (g[1] - g[0]) * random.nextDouble();
    }

    private int pick(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = random.nextDouble() * sum;
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    /** Knuth's method; fine for the small means of family sizes. */
    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
