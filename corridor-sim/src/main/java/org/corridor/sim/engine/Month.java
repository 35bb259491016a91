package org.corridor.sim.engine;

import java.time.YearMonth;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.law.place.Country;
import org.corridor.sim.environment.Environment;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * What every phase may read about a month: its index and calendar month, the environment (wages,
 * exchange rates, demand), the law's compiled slots, the prospects abroad, and last month's totals
 * (for networks and labour-market crowding). Built once per month, on one thread, and read-only
 * while the phases run.
 */
public final class Month {
    public final int index;
    public final YearMonth calendar;
    /** Months since January 1900, the unit of birth months. */
    public final int since1900;
    /** 1 (January) to 12. */
    public final int monthOfYear;
    public final Environment.Values env;
    public final Prospects prospects;
    private final CompiledLaw law;
    /** The compiled-law slot for origin o and place p (places 1..5). */
    private final int[][] slots;
    /** Last month's people abroad, by origin and place, as a share of all the origin's people abroad. */
    private final double[][] networkShare;
    /** Jobs open to migrants at each place this month, in people. */
    private final double[] jobsOpen;
    /** Last month's people abroad in each place, all origins, per job open to migrants there. */
    private final double[] crowding;
    /** Whether the place's country lifts its bans this month. */
    private final boolean[] amnesty;
    /** How far each place's pay currency stands below its mean exchange rate of the migrant's reference months. */
    private final double[] payCurrencyFall;

    Month(World world, int index, Tally last) {
        this.index = index;
        this.calendar = world.first().plusMonths(index);
        this.since1900 = (calendar.getYear() - 1900) * 12 + calendar.getMonthValue() - 1;
        this.monthOfYear = calendar.getMonthValue();
        this.env = world.environment().at(calendar);
        // behaviour.yaml allows at least one month; an ensemble draws it as a real number.
        this.payCurrencyFall = world.environment().payCurrencyFall(calendar,
                (int) Math.round(world.behaviour().get("remittance.reference_months")));
        this.law = world.law();
        this.slots = new int[Origin.ALL.length][Place.ALL.length];
        this.networkShare = new double[Origin.ALL.length][Place.ALL.length];
        this.crowding = new double[Place.ALL.length];
        this.jobsOpen = jobsOpenByPlace(world, calendar, env);
        this.amnesty = new boolean[Place.ALL.length];
        int lawMonth = (int) java.time.temporal.ChronoUnit.MONTHS.between(law.firstMonth(), calendar);
        for (Origin o : Origin.ALL) {
            // Those holding Russia's passport count here: they take jobs and their kin follow them.
            double abroadAll = last == null ? 0 : last.total(o.ordinal(), Measure.ABROAD) + last.total(o.ordinal(), Measure.CITIZENS);
            for (Place p : Place.DESTINATIONS) {
                slots[o.ordinal()][p.ordinal()] = law.slot(p.jurisdiction(), o.country(), lawMonth);
                double abroad = last == null ? 0
                        : last.atPlace(o.ordinal(), p.ordinal(), Measure.ABROAD) + last.atPlace(o.ordinal(), p.ordinal(), Measure.CITIZENS);
                networkShare[o.ordinal()][p.ordinal()] = abroadAll > 0 ? abroad / abroadAll : 0;
                crowding[p.ordinal()] += abroad / world.scale();
            }
        }
        for (Place p : Place.DESTINATIONS) {
            double capacity = jobsOpen[p.ordinal()];
            crowding[p.ordinal()] = capacity > 0 ? crowding[p.ordinal()] / capacity : 0;
            Country country = p.jurisdiction().country();
            for (BanAmnesty a : world.amnesties()) {
                amnesty[p.ordinal()] |= a.month().equals(calendar) && a.country() == country;
            }
        }
        this.prospects = new Prospects(world, this);
    }

    /**
     * Jobs open to migrants by place: the behaviour's jobs at demand 1 times the output index, less, in
     * months when building has fallen against the year before, the construction share of them (the
     * behaviour's {@code work.construction_job_share}) times building's fall beyond output's. Migrants'
     * jobs fell further than output in 2009 because so many were on building sites (003:544); the fall
     * is read against the year before, not as a level: by the chained figures building stood below its
     * 2008 volume until 2022, while the counts of Kyrgyz and Uzbeks in Russia rose again after 2016
     * (docs/EVIDENCE.md), so a level would cut migrants' jobs long after the sites reopened.
     */
    static double[] jobsOpenByPlace(World world, YearMonth calendar, Environment.Values env) {
        double[] jobs = Prospects.jobsForMigrants(world.behaviour());
        double constructionShare = world.behaviour().get("work.construction_job_share");
        double[] buildingFall = world.environment().constructionFallBeyondOutput(calendar);
        double[] open = new double[Place.ALL.length];
        for (Place p : Place.DESTINATIONS) {
            int pi = p.ordinal();
            open[pi] = jobs[pi] * env.demand()[pi] * (1 - constructionShare * buildingFall[pi]);
        }
        return open;
    }

    /** Jobs open to migrants at the place this month, in people. */
    public double jobsOpen(int place) {
        return jobsOpen[place];
    }

    /** The epoch day of the first day of the month with index {@code monthIndex} (0 = the run's first month). */
    public long epochDay(int monthIndex) {
        int total = calendar.getYear() * 12 + calendar.getMonthValue() - 1 + (monthIndex - index);
        return java.time.LocalDate.of(Math.floorDiv(total, 12), Math.floorMod(total, 12) + 1, 1).toEpochDay();
    }

    public CompiledLaw law() {
        return law;
    }

    /** The compiled-law slot for an origin and a destination in this month. */
    public int slot(int origin, int place) {
        return slots[origin][place];
    }

    /** Of last month's migrants from the origin, the share at this place. */
    public double networkShare(int origin, int place) {
        return networkShare[origin][place];
    }

    /** Migrants last month per job open to them at the place (above 1, jobs are short). */
    public double crowding(int place) {
        return crowding[place];
    }

    public boolean amnesty(int place) {
        return amnesty[place];
    }

    /**
     * How far the dollar value of the currency the place pays in stands below its mean exchange rate over
     * the months a migrant's household measures its needs by (the behaviour's {@code
     * remittance.reference_months}): 0 when it does not.
     */
    public double payCurrencyFall(int place) {
        return payCurrencyFall[place];
    }
}
