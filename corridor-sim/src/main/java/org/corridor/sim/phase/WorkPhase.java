package org.corridor.sim.phase;

import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Sector;

/**
 * Work and pay abroad. A migrant without a job finds one with a monthly probability that networks
 * raise (over 80% find jobs through them, 001:274; 83.4% get help, 003:591-593) and crowding lowers
 * (more migrants than jobs, as in the recession of autumn 2014, 002:2786-2790; the jobs follow output
 * and, in Russia, building when it falls against the year before, {@link Month#jobsOpen}); a job is lost with
 * a hazard that crowding raises, and construction stops in winter. Jobs are in the sectors of 003:472.
 * Pay is the destination's wage for migrants, lower for women (63% of men's, 001:286), formal or
 * informal, less the middleman's cut (10-15%, 002:3438-3444) for those who work through one; some
 * months it is not paid at all (wage theft, 002:2864-2872; 90% of complaints, 003:860). Migrants work
 * long hours (10-12 hours a day without days off, 002:3453-3454): the monthly wage is for those hours,
 * and the hours are counted.
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, LIFE, PLACE, LEGAL_STATE, AUTHORISATION, EMPLOYMENT, CITIZENSHIP
 * writes  EMPLOYMENT, EARNINGS
 * tally   WORKING, HOURS_WORKED, EARNINGS_USD, UNPAID
 * </pre>
 */
public final class WorkPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.LIFE, WorldField.PLACE, WorldField.LEGAL_STATE,
                WorldField.AUTHORISATION, WorldField.EMPLOYMENT, WorldField.CITIZENSHIP)
            .writes(WorldField.EMPLOYMENT, WorldField.EARNINGS);

    private final People people;
    private final Households households;
    private final long seed;
    private final double jobFinding;
    private final double networkHelp;
    private final double withoutNetwork;
    private final double jobLoss;
    private final double crowdingElasticity;
    private final double[] winter;
    private final double womenRatio;
    private final double[] educationRatio = new double[3];
    private final double[] sectorRatio = new double[Sector.ALL.length];
    private final double[] menSectors;
    private final double[] womenSectors;
    private final double informalRatio;
    private final double formalIfAuthorised;
    private final double[] brokerShare = new double[3];
    private final double brokerCut;
    private final double wageTheft;
    private final double hoursPerMonth;
    /** The month's factor of crowding on finding and losing jobs, by place. */
    private final double[] monthCrowding = new double[Place.ALL.length];

    public WorkPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.jobFinding = b.get("work.job_finding");
        this.networkHelp = b.get("work.network_help_share");
        this.withoutNetwork = b.get("work.job_finding_without_network");
        this.jobLoss = b.get("work.job_loss");
        this.crowdingElasticity = b.get("work.crowding_elasticity");
        this.winter = b.parameter("work.construction_season").values().stream().mapToDouble(Double::doubleValue).toArray();
        this.womenRatio = b.get("work.women_wage_ratio");
        for (int e = 0; e < 3; e++) {
            educationRatio[e] = b.get("work.education_wage_ratio", e);
        }
        var sectors = b.parameter("work.sector_wage_ratio").values();
        for (int s = 1; s < Sector.ALL.length; s++) {
            sectorRatio[s] = sectors.get(s - 1);
        }
        this.menSectors = cumulative(b, "work.sector_shares_men");
        this.womenSectors = cumulative(b, "work.sector_shares_women");
        this.informalRatio = b.get("work.informal_wage_ratio");
        this.formalIfAuthorised = b.get("work.formal_if_authorised");
        for (int o = 0; o < 3; o++) {
            brokerShare[o] = b.get("work.broker_share", o);
        }
        this.brokerCut = b.get("work.broker_cut");
        this.wageTheft = b.get("work.wage_theft");
        this.hoursPerMonth = b.get("work.hours_per_day") * b.get("work.days_per_month");
    }

    private static double[] cumulative(Behaviour b, String id) {
        var shares = b.parameter(id).values();
        if (shares.size() != Sector.JOBS.length) {
            throw new IllegalArgumentException(id + " needs " + Sector.JOBS.length + " shares (" + java.util.Arrays.toString(Sector.JOBS) + ")");
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        double[] c = new double[shares.size()];
        double running = 0;
        for (int s = 0; s < c.length; s++) {
            running += shares.get(s) / sum;
            c[s] = running;
        }
        c[c.length - 1] = 1;
        return c;
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void prepare(Month month) {
        for (Place place : Place.DESTINATIONS) {
            double crowding = month.crowding(place.ordinal());
            monthCrowding[place.ordinal()] = crowding > 1 ? Math.pow(crowding, crowdingElasticity) : 1;
        }
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        int m = month.index;
        double finding = jobFinding * (networkHelp + (1 - networkHelp) * withoutNetwork);
        double constructionLoss = winter[month.monthOfYear - 1];
        int[] abroad = chunk.abroad();
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            int i = abroad[k];
            int place = p.place[i];
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0) {
                continue;
            }
            int origin = p.origin[i];
            double crowdFactor = monthCrowding[place];
            if ((p.flags[i] & People.WORKING) == 0) {
                if (Draws.uniform(seed, i, m, Streams.JOB_FIND) < finding / crowdFactor) {
                    startJob(month, i, origin, place);
                }
            } else {
                double loss = jobLoss * crowdFactor * (p.sector[i] == Sector.CONSTRUCTION.ordinal() ? constructionLoss : 1);
                if (Draws.uniform(seed, i, m, Streams.JOB_LOSS) < loss) {
                    p.flags[i] &= ~(People.WORKING | People.FORMAL);
                    p.papers[i] &= ~People.BROKER;
                    p.sector[i] = 0;
                }
            }
            if ((p.flags[i] & People.WORKING) == 0) {
                p.earnings[i] = 0;
                continue;
            }
            int sex = p.sex[i];
            double wage = month.prospects.migrantWage(place) * (sex == 1 ? womenRatio : 1)
                    * educationRatio[p.education[i]] * sectorRatio[p.sector[i]]
                    * ((p.flags[i] & People.FORMAL) != 0 ? 1 : informalRatio)
                    * ((p.papers[i] & People.BROKER) != 0 ? 1 - brokerCut : 1);
            tally.add(origin, place, sex, p.legal[i], Measure.WORKING, 1);
            tally.add(origin, place, sex, p.legal[i], Measure.HOURS_WORKED, hoursPerMonth);
            if (Draws.uniform(seed, i, m, Streams.WAGE_THEFT) < wageTheft) {
                p.earnings[i] = 0;
                tally.add(origin, place, sex, p.legal[i], Measure.UNPAID, 1);
                continue;
            }
            p.earnings[i] = (float) wage;
            tally.add(origin, place, sex, p.legal[i], Measure.EARNINGS_USD, wage);
        }
    }

    private void startJob(Month month, int i, int origin, int place) {
        People p = people;
        int m = month.index;
        double[] shares = p.sex[i] == 0 ? menSectors : womenSectors;
        double u = Draws.uniform(seed, i, m, Streams.SECTOR);
        int s = 0;
        while (u >= shares[s]) {
            s++;
        }
        p.sector[i] = Sector.JOBS[s].code();
        p.flags[i] |= People.WORKING;
        int slot = month.slot(origin, place);
        boolean mayWorkFormally = !month.law().flag(WorkAuthorisationRule.REQUIRED, slot) || p.authorisedUntil[i] >= m
                || p.citizenWhere(i);
        if (mayWorkFormally && Draws.uniform(seed, i, m, Streams.FORMAL) < formalIfAuthorised) {
            p.flags[i] |= People.FORMAL;
        }
        if (Draws.uniform(seed, i, m, Streams.BROKER) < brokerShare[origin]) {
            p.papers[i] |= People.BROKER;
        }
    }
}
