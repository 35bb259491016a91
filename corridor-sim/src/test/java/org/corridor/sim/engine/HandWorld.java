package org.corridor.sim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.sim.output.Tally;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;

/**
 * A small hand-made world for testing one phase: households and people added one by one, with the
 * embedded law, environment and behaviour of a scenario (the baseline unless told), at scale 1.
 * People are made alive, at home, with a passport; a test then sets the states it wants on the
 * world's arrays (or with {@link #abroad}) and runs one phase, or a list of them, for a few months.
 * Months are indices from the world's first month, and -1 means none, as in {@link People}; a state
 * cannot start before the world does, so a test that needs a person past their stay gives them a stay
 * that ends in month 0 and runs the world for a few months.
 *
 * <pre>
 * HandWorld w = new HandWorld(YearMonth.of(2016, 3), 1);
 * w.household(Origin.TJ);
 * int man = w.person(Role.HEAD, 0, 30);
 * World world = w.build();
 * HandWorld.abroad(world, man, Place.RU_MOW, 0, 2);
 * Tally t = HandWorld.run(world, ReturnPhase::new).get(0);
 * </pre>
 */
public final class HandWorld {
    private static Simulation simulation;

    private final YearMonth first;
    private final int months;
    private String scenario = "baseline";
    private long seed = 1;
    private final java.util.Map<String, List<Double>> behaviour = new java.util.LinkedHashMap<>();
    private final List<Integer> householdOrigins = new ArrayList<>();
    private final List<int[]> members = new ArrayList<>(); // household, role, sex, age in months
    private final List<Integer> sizes = new ArrayList<>();

    /** A world of {@code months} months from {@code first}. */
    public HandWorld(YearMonth first, int months) {
        this.first = first;
        this.months = months;
    }

    public static synchronized Simulation simulation() {
        if (simulation == null) {
            simulation = Simulation.embedded();
        }
        return simulation;
    }

    public HandWorld scenario(String name) {
        this.scenario = name;
        return this;
    }

    public HandWorld seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Sets a behaviour parameter for this world (one value, or one per origin), to make a rare event
     * common or a draw certain in a test.
     */
    public HandWorld behaviour(String id, Double... values) {
        behaviour.put(id, List.of(values));
        return this;
    }

    /** Adds a household of the origin; the people added next are its members. Returns its index. */
    public int household(Origin origin) {
        householdOrigins.add(origin.ordinal());
        sizes.add(0);
        return householdOrigins.size() - 1;
    }

    /** Adds a member to the last household, aged {@code years} and six months in the first month. Returns the person's index. */
    public int person(Role role, int sex, int years) {
        return personAgedMonths(role, sex, years * 12 + 6);
    }

    /** Adds a member aged {@code months} in the first month; a negative age is a child not yet born (born that many months later). */
    public int personAgedMonths(Role role, int sex, int ageMonths) {
        int hh = householdOrigins.size() - 1;
        if (hh < 0) {
            throw new IllegalStateException("add a household first");
        }
        members.add(new int[] {hh, role.ordinal(), sex, ageMonths});
        sizes.set(hh, sizes.get(hh) + 1);
        return members.size() - 1;
    }

    /** The context of one month of a built world, as the engine gives it to the phases (no month before it). */
    public static Month month(World world, int index) {
        return new Month(world, index, null);
    }

    public World build() {
        int n = members.size();
        People p = new People(n);
        // Room for the households that split off at a re-layout.
        Households h = new Households(householdOrigins.size()).copy(2 * householdOrigins.size() + 4, householdOrigins.size());
        int start = (first.getYear() - 1900) * 12 + first.getMonthValue() - 1;
        int next = 0;
        for (int hh = 0; hh < h.count; hh++) {
            h.first[hh] = next;
            h.size[hh] = (byte) (int) sizes.get(hh);
            h.origin[hh] = (byte) (int) householdOrigins.get(hh);
            h.homeIncome[hh] = 1;
            next += sizes.get(hh);
        }
        for (int i = 0; i < n; i++) {
            int[] m = members.get(i);
            p.household[i] = m[0];
            p.role[i] = (byte) m[1];
            p.sex[i] = (byte) m[2];
            p.birth[i] = (short) (start - m[3]);
            p.origin[i] = h.origin[m[0]];
            p.education[i] = 1;
            p.papers[i] = People.PASSPORT;
            if (m[3] >= 0) {
                p.flags[i] = People.ALIVE;
                h.living[m[0]]++;
            }
        }
        linkKin(p, h);
        Simulation sim = simulation();
        Scenario s = sim.scenarios().load(scenario);
        YearMonth last = first.plusMonths(months - 1);
        CompiledLaw law = CompiledLaw.compile(Assessor.ruleBook(sim.lawOf(s)), first, last);
        org.corridor.sim.behaviour.Behaviour b = sim.behaviourOf(s);
        List<org.corridor.sim.behaviour.BehaviourParameter> changed = new ArrayList<>();
        behaviour.forEach((id, values) -> changed.add(b.parameter(id).withValues(values, "test", b.parameter(id).status(), "set by a test")));
        return new World(p, h, law, sim.environmentOf(s), b.with(changed), s.amnesties(), seed, 1.0, first, first, last);
    }

    /**
     * Links kin as the synthesizer does, by role: the head and the head's wife (spouse) are married,
     * the household's children are theirs (a woman heading it alone is their mother), and its elders
     * are the head's parents. A test that wants other links sets {@link People#mother},
     * {@link People#father}, {@link People#spouse} and {@link People#married} on the built world.
     */
    private static void linkKin(People p, Households h) {
        for (int hh = 0; hh < h.count; hh++) {
            int head = -1;
            int wife = -1;
            int gm = -1;
            int gf = -1;
            int end = h.first[hh] + h.size[hh];
            for (int i = h.first[hh]; i < end; i++) {
                if (p.role[i] == Role.HEAD.ordinal() && head < 0) {
                    head = i;
                } else if (p.role[i] == Role.SPOUSE.ordinal() && wife < 0) {
                    wife = i;
                } else if (p.role[i] == Role.ELDER.ordinal()) {
                    if (p.sex[i] == 1 && gm < 0) {
                        gm = i;
                    } else if (p.sex[i] == 0 && gf < 0) {
                        gf = i;
                    }
                }
            }
            if (head >= 0 && wife >= 0) {
                p.spouse[head] = wife;
                p.spouse[wife] = head;
                p.married[head] = p.married[wife] = (short) (p.birth[wife] + 12 * 20);
            }
            int mum = wife >= 0 ? wife : head >= 0 && p.sex[head] == 1 ? head : -1;
            int dad = head >= 0 && p.sex[head] == 0 ? head : -1;
            for (int i = h.first[hh]; i < end; i++) {
                if (p.role[i] == Role.CHILD.ordinal()) {
                    p.mother[i] = mum;
                    p.father[i] = dad;
                }
            }
            if (head >= 0) {
                p.mother[head] = gm;
                p.father[head] = gf;
            }
        }
    }

    /**
     * Puts a person abroad at a place since month {@code entered} (an index, 0 or later), as the
     * migration phase would: a legal visitor whose stay is lawful until month {@code legalUntil}.
     */
    public static void abroad(World world, int i, Place place, int entered, int legalUntil) {
        People p = world.people();
        p.place[i] = place.code();
        p.entered[i] = (short) entered;
        p.legalUntil[i] = (short) legalUntil;
        p.legal[i] = (byte) LegalState.LEGAL_VISITOR.ordinal();
        p.flags[i] |= People.EVER_ABROAD;
        p.papers[i] |= People.LISTED_ABROAD;
    }

    /** Bans a person from a destination's country until month {@code until} (an index), known to them or not. */
    public static void ban(World world, int i, Place place, int until, boolean known) {
        People p = world.people();
        p.ban(i, place, until);
        p.hold(i, People.KNOWS_BAN, known);
    }

    /**
     * Sets the paper bits that say who is on a chunk's lists as the engine does when a run starts
     * (the living abroad, and the living under a ban), so that a snapshot taken now is not changed by
     * the start of the run.
     */
    public static void markListed(World world) {
        People p = world.people();
        for (int i = 0, n = world.households().people(); i < n; i++) {
            p.papers[i] &= ~(People.LISTED_ABROAD | People.LISTED_BANNED);
            if ((p.flags[i] & People.ALIVE) == 0) {
                continue;
            }
            if (p.place[i] != 0) {
                p.papers[i] |= People.LISTED_ABROAD;
            }
            if (p.bannedRu[i] >= 0 || p.bannedKz[i] >= 0 || p.bannedTr[i] >= 0) {
                p.papers[i] |= People.LISTED_BANNED;
            }
        }
    }

    /** Runs one phase, made for the world, over all the world's months, on one thread; the tallies by month. */
    public static List<Tally> run(World world, Function<World, Phase> phase) {
        return run(world, List.of(phase.apply(world)));
    }

    /** Runs the phases, in order, over all the world's months, on one thread; the tallies by month. */
    public static List<Tally> run(World world, List<Phase> phases) {
        List<Tally> tallies = new ArrayList<>();
        new Engine(world, 1, phases).run((month, tally) -> tallies.add(tally));
        return tallies;
    }
}
