package org.corridor.sim.phase;

import org.corridor.law.assessment.ControlledPersonsRule;
import org.corridor.law.assessment.ReentryBanRule;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;

/**
 * Coming home. A migrant abroad returns with a monthly hazard that peaks in autumn (arrive in spring,
 * return in autumn, 002:2991-2993), rises when the gain over home wages shrinks (as in the recession
 * of autumn 2014, 002:2786-2790) and when out of work, and falls when leaving would bring a re-entry ban:
 * "the risk of not re-entering Russia prompts many migrants to limit their returns home and
 * concentrate on one long stay" (002:2782-2786). Only a migrant who knows of the destination's ban list
 * fears it: 64% of Kyrgyz women and 68% of men knew of Russia's (001:509-511), the others learn of
 * their ban at the border. Knowing is a person's own draw against the behaviour's awareness by origin
 * and sex times how far the news has spread (environment {@code ban_known}), so a person who knows
 * keeps knowing; and there is nothing to fear where the border keeps no register ({@code ban_register}
 * nil). A return is a visit (the migrant goes back) or for good. Leaving after overstaying brings the law's overstay ban (114-FZ art. 27(1)(12)-(14), read
 * from the compiled law), if the register records it. From 2025-02-05 a migrant in Russia without a
 * lawful ground is in the register of controlled persons, whose restrictions raise the hazard. While
 * Russia's borders were closed in 2020-21 only the open share of travel home goes (environment
 * {@code travel_open}), and while Decree No. 274 suspended the deadlines, overstaying brought no ban
 * ({@code expulsion_moratorium}).
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, HOUSEHOLD, LIFE, PLACE, STAY, EXPERIENCE, LEGAL_STATE, EMPLOYMENT, BANS, CITIZENSHIP
 * writes  LISTS, PLACE, STAY, LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EMPLOYMENT, EARNINGS, BANS, HOME_INCOME
 * tally   RETURNS, NEWLY_BANNED; RETURNEES_* (by type) and RETURNEES_ESTRANGED
 * </pre>
 * The writes but BANS and LISTS are the homecoming: the stay ends, its papers, job and pay with it;
 * HOME_INCOME: a return of innovation raises the household's income at home.
 */
public final class ReturnPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.PLACE,
                WorldField.STAY, WorldField.EXPERIENCE, WorldField.LEGAL_STATE, WorldField.EMPLOYMENT, WorldField.BANS,
                WorldField.CITIZENSHIP)
            .writes(WorldField.LISTS, WorldField.PLACE, WorldField.STAY, WorldField.LEGAL_STATE, WorldField.REGISTRATION,
                WorldField.AUTHORISATION, WorldField.DOCUMENTS, WorldField.EMPLOYMENT, WorldField.EARNINGS,
                WorldField.BANS, WorldField.HOME_INCOME);

    private static final double DAYS_PER_MONTH = 30.44;

    private final People people;
    private final Households households;
    private final long seed;
    private final Homecoming homecoming;
    private final double[] base = new double[3];
    private final double[] gainReference = new double[3];
    private final double elasticity;
    private final double[] season = new double[12];
    private final double unemployed;
    private final double banDeterrence;
    /** Share who know of a ban list once the news has spread, by origin and sex. */
    private final double[] awareness = new double[3 * 2];
    private final double listedFactor;
    private final double visitShare;
    private final double discretionaryBan;
    /** Factor on the hazard of going home for one who holds Russia's passport and is there. */
    private final double citizenRelative;
    /** The month's hazard of returning before individual factors, by origin, sex and place. */
    private final double[] monthHazard = new double[3 * 2 * Place.ALL.length];
    /** The month's overstay ban in months, by origin, place and whole months overstayed (capped). */
    private final int[] monthBan = new int[3 * Place.ALL.length * (MAX_OVERSTAY_MONTHS + 1)];
    private static final int MAX_OVERSTAY_MONTHS = 240;

    public ReturnPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.homecoming = new Homecoming(world);
        for (int o = 0; o < 3; o++) {
            base[o] = b.get("return.base_hazard", o);
            gainReference[o] = b.get("migration.gain_reference", o);
            awareness[o * 2] = b.get("return.ban_awareness_men", o); // sex 0 is male, as in People.sex
            awareness[o * 2 + 1] = b.get("return.ban_awareness_women", o);
        }
        this.elasticity = b.get("return.gain_elasticity");
        double[] s = Seasons.normalised(b, "return.season");
        System.arraycopy(s, 0, season, 0, 12);
        this.unemployed = b.get("return.unemployed_factor");
        this.banDeterrence = b.get("return.ban_deterrence");
        this.listedFactor = b.get("return.listed_factor");
        this.visitShare = b.get("return.visit_share");
        this.discretionaryBan = b.get("enforcement.discretionary_ban_rate");
        this.citizenRelative = b.get("return.citizen_relative");
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void prepare(Month month) {
        double seasonal = season[month.monthOfYear - 1];
        for (int o = 0; o < 3; o++) {
            for (Place place : Place.DESTINATIONS) {
                int pl = place.ordinal();
                for (int sex = 0; sex < 2; sex++) {
                    double gain = Math.max(month.prospects.gain(o, sex, pl), 0.01);
                    monthHazard[(o * 2 + sex) * Place.ALL.length + pl] = base[o] * seasonal * Math.pow(gainReference[o] / gain, elasticity);
                }
                int slot = month.slot(o, pl);
                for (int over = 0; over <= MAX_OVERSTAY_MONTHS; over++) {
                    monthBan[(o * Place.ALL.length + pl) * (MAX_OVERSTAY_MONTHS + 1) + over] =
                            month.law().overstayBanMonths(slot, (int) (over * DAYS_PER_MONTH));
                }
            }
        }
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        int m = month.index;
        int[] abroad = chunk.abroad();
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            int i = abroad[k];
            int place = p.place[i];
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0 || p.entered[i] == m) {
                continue;
            }
            int origin = p.origin[i];
            int slot = month.slot(origin, place);
            int banMonths = 0;
            boolean overstayed = p.withoutLawfulGround(i, m);
            // while a moratorium suspends the deadlines (Decree No. 274 of 2020), leaving brings no ban
            if (overstayed && !Bans.suspended(seed, month, i, place)) {
                int over = Math.min(MAX_OVERSTAY_MONTHS, m - p.legalUntil[i]);
                banMonths = monthBan[(origin * Place.ALL.length + place) * (MAX_OVERSTAY_MONTHS + 1) + over];
            }
            double register = month.env.banRegister()[place];
            boolean feared = banMonths > 0 && register > 0
                    && Draws.uniform(seed, p.id[i], 0, Streams.BAN_AWARE) < awareness[origin * 2 + p.sex[i]] * month.env.banKnown()[place];
            // listed in a register of people without a lawful ground, staying costs more (115-FZ art. 31.1)
            boolean listed = overstayed && month.law().flag(ControlledPersonsRule.REGISTER, slot);
            double hazard = monthHazard[(origin * 2 + p.sex[i]) * Place.ALL.length + place]
                    * ((p.flags[i] & People.WORKING) == 0 ? unemployed : 1) * (feared ? banDeterrence : 1) * (listed ? listedFactor : 1)
                    * (Place.of(place).russia() ? month.env.travelOpen()[origin] : 1)
                    * (p.citizenWhere(i) ? citizenRelative : 1);
            if (Draws.uniform(seed, i, m, Streams.RETURN) >= hazard) {
                continue;
            }
            boolean visit = !feared && !overstayed && Draws.uniform(seed, i, m, Streams.VISIT) < visitShare;
            if (banMonths > 0) {
                double recorded = register * (month.law().flag(ReentryBanRule.OVERSTAY_DISCRETIONARY, slot) ? discretionaryBan : 1);
                if (Draws.uniform(seed, i, m, Streams.BAN_RECORD) < recorded) {
                    // People learn of an overstay ban only when refused at the border (001:509-511).
                    Bans.impose(p, chunk, i, place, banMonths, month, false, tally);
                }
            }
            homecoming.comeHome(month, i, p.household[i], visit, false, tally);
        }
    }
}
