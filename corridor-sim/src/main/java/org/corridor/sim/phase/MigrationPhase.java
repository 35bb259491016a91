package org.corridor.sim.phase;

import org.corridor.law.assessment.EntryDocumentsRule;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.Prospects;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;

/**
 * The decision to migrate, and the journey. A person of working age at home leaves with a monthly
 * hazard that is the product of:
 * <ul>
 *   <li>a base rate for the origin;</li>
 *   <li>the expected gain abroad over the wage at home, net of living and legalisation costs and the
 *       fare ({@link Prospects}), relative to a reference gain, to a power (the elasticity);</li>
 *   <li>age (about 75% of migrants are under 35, 001:274) and sex (gender norms: women are about
 *       16-18% of Tajik migrants, 000:67 and 002:3642-3650, nearly 40% of Kyrgyz, 001:280);</li>
 *   <li>the season (arrive in spring, 002:2991-2993);</li>
 *   <li>household need: income at home and remittances against what the household needs;</li>
 *   <li>networks: a member abroad already, or one's own experience (83.4% get help from networks,
 *       003:591-593);</li>
 *   <li>bans: a destination one knows one is banned from is out of the choice; a household whose
 *       man is banned sends a wife or brother instead (002:4001-4008).</li>
 * </ul>
 * Where a migrant goes is drawn from {@link Prospects#choose}. A ban the migrant does not know of is
 * found at the border when the border checks (not universally, 004:57), and the migrant is turned
 * back (001:509-511). Tajik citizens need a foreign passport from 2015 (003:757). While Russia's
 * borders were closed (2020-21), only the open share of journeys there goes (environment
 * {@code travel_open}); the others are put off, not sent elsewhere.
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, HOUSEHOLD, LIFE, LIVING, PLACE, STAY, EXPERIENCE, DOCUMENTS, BANS, HOUSEHOLD_CENSUS, HOME_INCOME, REMITTANCES
 * writes  LISTS, PLACE, STAY, EXPERIENCE, LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EMPLOYMENT, BANS
 * tally   ARRIVALS, REFUSED_AT_BORDER
 * </pre>
 * REGISTRATION, AUTHORISATION, EMPLOYMENT, DOCUMENTS: a new stay starts without the last one's papers
 * or job; BANS: a migrant turned back at the border learns of the ban.
 */
public final class MigrationPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.LIVING,
                WorldField.PLACE, WorldField.STAY, WorldField.EXPERIENCE, WorldField.DOCUMENTS, WorldField.BANS,
                WorldField.HOUSEHOLD_CENSUS, WorldField.HOME_INCOME, WorldField.REMITTANCES)
            .writes(WorldField.LISTS, WorldField.PLACE, WorldField.STAY, WorldField.EXPERIENCE, WorldField.LEGAL_STATE,
                WorldField.REGISTRATION, WorldField.AUTHORISATION, WorldField.DOCUMENTS, WorldField.EMPLOYMENT,
                WorldField.BANS);

    static final int MIN_AGE = 16;
    static final int MAX_AGE = 60;

    private final People people;
    private final Households households;
    private final long seed;
    private final double[] base = new double[3];
    private final double[] gainReference = new double[3];
    private final double[] women = new double[3];
    private final double elasticity;
    private final double[] ageFactor = new double[MAX_AGE + 1];
    private final double[] season;
    private final double householdNetwork;
    private final double experience;
    private final double needShare;
    private final double needElasticity;
    private final double needMin;
    private final double needMax;
    private final NeedCurve need;
    private final double banSubstitution;
    private final double visitBack;
    private final double borderCheck;
    private final double passportObtain;
    /** The month's hazard before individual factors, by origin, sex and mask of known bans. */
    private final double[] factor = new double[3 * 2 * Prospects.MASKS];
    private final VisitorStays visitorStays = new VisitorStays();

    public MigrationPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        for (int o = 0; o < 3; o++) {
            base[o] = b.get("migration.base_hazard", o);
            gainReference[o] = b.get("migration.gain_reference", o);
            women[o] = b.get("migration.women_relative", o);
        }
        this.elasticity = b.get("migration.gain_elasticity");
        var bands = b.parameter("migration.age_factor").values();
        for (int age = MIN_AGE; age <= MAX_AGE; age++) {
            ageFactor[age] = bands.get(Math.min(bands.size() - 1, (age - MIN_AGE) / 5));
        }
        this.season = Seasons.normalised(b, "migration.season");
        this.householdNetwork = b.get("migration.household_network");
        this.experience = b.get("migration.experience");
        this.needShare = b.get("migration.need_share_of_wage");
        this.needElasticity = b.get("migration.need_elasticity");
        this.needMin = b.get("migration.need_min");
        this.needMax = b.get("migration.need_max");
        this.need = new NeedCurve(needElasticity, needMin, needMax);
        this.banSubstitution = b.get("migration.ban_substitution");
        this.visitBack = b.get("return.visit_back");
        this.borderCheck = b.get("enforcement.border_check");
        this.passportObtain = b.get("legal.passport_obtain");
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void prepare(Month month) {
        Prospects prospects = month.prospects;
        double seasonal = season[month.monthOfYear - 1];
        for (int o = 0; o < 3; o++) {
            for (int sex = 0; sex < 2; sex++) {
                for (int mask = 0; mask < Prospects.MASKS; mask++) {
                    double gain = prospects.expectedGain(o, sex, mask);
                    factor[(o * 2 + sex) * Prospects.MASKS + mask] = gain <= 0 ? 0
                            : base[o] * seasonal * (sex == 1 ? women[o] : 1) * Math.pow(gain / gainReference[o], elasticity);
                }
            }
        }
        visitorStays.prepare(month);
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        int m = month.index;
        Prospects prospects = month.prospects;
        // Working age by birth month, to avoid dividing for everyone: born after oldest, at or before youngest.
        int youngest = month.since1900 - 12 * MIN_AGE;
        int oldest = month.since1900 - 12 * (MAX_AGE + 1);
        for (int hh = chunk.firstHousehold; hh < chunk.endHousehold; hh++) {
            int from = households.first[hh];
            int to = from + households.size[hh];
            int origin = households.origin[hh];
            int alive = households.living[hh];
            if (alive == 0) {
                continue;
            }
            // Networks and substitution act on last month's state: a member abroad, a man known to be banned.
            boolean memberAbroad = households.abroad[hh] > 0;
            boolean memberBanned = households.knownBan[hh] != 0;
            double householdFactor = -1; // worked out for the first member who could leave
            for (int i = from; i < to; i++) {
                int born = p.birth[i];
                if (born > youngest || born <= oldest || p.place[i] != 0 || (p.flags[i] & People.ALIVE) == 0
                        || (p.papers[i] & People.LISTED_ABROAD) != 0) {
                    continue; // too young or old, abroad, dead or unborn, or came home this month
                }
                int age = (month.since1900 - born) / 12;
                int mask = Bans.knownMask(p, i, m);
                int sex = p.sex[i];
                if ((p.flags[i] & People.VISITING) != 0) {
                    int back = p.lastPlace[i];
                    if (!Prospects.excluded(mask, Place.of(back)) && Draws.uniform(seed, i, m, Streams.MIGRATE) < visitBack) {
                        depart(month, chunk, i, back, tally);
                    }
                    continue;
                }
                if (householdFactor < 0) {
                    householdFactor = householdFactor(month, hh, origin, alive) * (memberAbroad ? householdNetwork : 1);
                }
                double hazard = factor[(origin * 2 + sex) * Prospects.MASKS + mask] * ageFactor[age] * householdFactor;
                if ((p.flags[i] & People.EVER_ABROAD) != 0) {
                    hazard *= experience;
                }
                if (memberBanned && p.bannedRu[i] < m && age >= 18 && (p.role[i] != Role.CHILD.ordinal() || sex == 0)) {
                    hazard *= banSubstitution;
                }
                if (Draws.uniform(seed, i, m, Streams.MIGRATE) >= hazard) {
                    continue;
                }
                int destination = prospects.choose(origin, sex, mask, Draws.uniform(seed, i, m, Streams.DESTINATION));
                if (destination != 0) {
                    depart(month, chunk, i, destination, tally);
                }
            }
        }
    }

    /** Need: what the household needs over what it has at home and from remittances, to a power, within bounds. */
    private double householdFactor(Month month, int hh, int origin, int alive) {
        double home = month.env.homeWageUsd()[origin];
        double income = households.homeIncome[hh] * home + households.remittedAverage[hh];
        double required = alive * needShare * home;
        return income <= 0 ? needMax : need.at(required / income);
    }

    private void depart(Month month, Chunk chunk, int i, int destination, Tally tally) {
        People p = people;
        int m = month.index;
        int origin = p.origin[i];
        int slot = month.slot(origin, destination);
        if (Place.of(destination).russia() && Draws.uniform(seed, i, m, Streams.TRAVEL) >= month.env.travelOpen()[origin]) {
            return; // Russia's border closed (2020-21): the journey is put off
        }
        if (month.law().flag(EntryDocumentsRule.FOREIGN_PASSPORT, slot) && (p.papers[i] & People.PASSPORT) == 0) {
            if (Draws.uniform(seed, i, m, Streams.PASSPORT) >= passportObtain) {
                return; // waiting for a passport: the journey is put off
            }
            p.papers[i] |= People.PASSPORT;
        }
        // A ban on record is a ban in the register; whether the border looks is the only chance left.
        if (p.bannedUntil(i, Place.of(destination)) >= m && Draws.uniform(seed, i, m, Streams.BORDER) < borderCheck) {
            p.papers[i] |= People.KNOWS_BAN;
            p.flags[i] &= ~People.VISITING;
            tally.add(origin, destination, p.sex[i], LegalState.HOME.ordinal(), Measure.REFUSED_AT_BORDER, 1);
            return;
        }
        int last = p.lastPlace[i];
        boolean sameCountry = last > 0 && Place.ALL[last].jurisdiction().country() == Place.ALL[destination].jurisdiction().country();
        p.legalUntil[i] = (short) visitorStays.legalUntil(month, origin, destination, sameCountry ? p.entered[i] : -1, p.left[i]);
        p.place[i] = (byte) destination;
        p.entered[i] = (short) m;
        p.legal[i] = (byte) LegalState.LEGAL_VISITOR.ordinal();
        p.flags[i] = (byte) ((p.flags[i] & ~(People.REGISTERED | People.WORKING | People.FORMAL | People.VISITING)) | People.EVER_ABROAD);
        p.papers[i] = (byte) (p.papers[i] & ~(People.APPLIED | People.FORGED | People.BROKER));
        p.authorisedSince[i] = -1;
        p.authorisedUntil[i] = -1;
        chunk.addAbroad(p, i);
        tally.add(origin, destination, p.sex[i], LegalState.LEGAL_VISITOR.ordinal(), Measure.ARRIVALS, 1);
    }
}
