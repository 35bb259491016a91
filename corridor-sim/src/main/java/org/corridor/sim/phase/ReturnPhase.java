package org.corridor.sim.phase;

import org.corridor.law.compiled.Field;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;

/**
 * Coming home. A migrant abroad returns with a monthly hazard that peaks in autumn (arrive in spring,
 * return in autumn, 002:2991-2993), rises when the gain over home wages shrinks (the 2009 and 2015
 * crises, 002:2786-2790) and when out of work, and falls when leaving would bring a re-entry ban:
 * "the risk of not re-entering Russia prompts many migrants to limit their returns home and
 * concentrate on one long stay" (002:2782-2786). A return is a visit (the migrant goes back) or for
 * good. Leaving after overstaying brings the law's overstay ban (114-FZ art. 27(1)(12)-(14), read
 * from the compiled law), if the register records it.
 */
public final class ReturnPhase implements Phase {
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
    private final double visitShare;
    private final double discretionaryBan;

    public ReturnPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.homecoming = new Homecoming(world);
        for (int o = 0; o < 3; o++) {
            base[o] = b.get("return.base_hazard", o);
            gainReference[o] = b.get("migration.gain_reference", o);
        }
        this.elasticity = b.get("return.gain_elasticity");
        double[] s = Seasons.normalised(b, "return.season");
        System.arraycopy(s, 0, season, 0, 12);
        this.unemployed = b.get("return.unemployed_factor");
        this.banDeterrence = b.get("return.ban_deterrence");
        this.visitShare = b.get("return.visit_share");
        this.discretionaryBan = b.get("enforcement.discretionary_ban_rate");
    }

    @Override
    public void run(Month month, int first, int end, Tally tally) {
        People p = people;
        int m = month.index;
        double seasonal = season[month.monthOfYear - 1];
        for (int hh = first; hh < end; hh++) {
            for (int i = households.first[hh], last = i + households.size[hh]; i < last; i++) {
                int place = p.place[i];
                if (place == 0 || (p.flags[i] & People.ALIVE) == 0 || p.entered[i] == m) {
                    continue;
                }
                int origin = p.origin[i];
                int slot = month.slot(origin, place);
                int banMonths = 0;
                boolean overstayed = p.legal[i] == LegalState.IRREGULAR.ordinal() && m > p.legalUntil[i] && p.legalUntil[i] >= 0;
                if (overstayed) {
                    int days = (int) ((m - p.legalUntil[i]) * DAYS_PER_MONTH);
                    banMonths = month.law().overstayBanMonths(slot, days);
                }
                double register = month.env.banRegister()[place];
                boolean feared = banMonths > 0 && register > 0;
                double gain = Math.max(month.prospects.gain(origin, p.sex[i], place), 0.01);
                double hazard = base[origin] * seasonal * Math.pow(gainReference[origin] / gain, elasticity)
                        * ((p.flags[i] & People.WORKING) == 0 ? unemployed : 1) * (feared ? banDeterrence : 1);
                if (Draws.uniform(seed, i, m, Streams.RETURN) >= hazard) {
                    continue;
                }
                boolean visit = !feared && !overstayed && Draws.uniform(seed, i, m, Streams.VISIT) < visitShare;
                if (banMonths > 0) {
                    double recorded = register * (month.law().flag(Field.OVERSTAY_BAN_DISCRETIONARY, slot) ? discretionaryBan : 1);
                    if (Draws.uniform(seed, i, m, Streams.BAN_RECORD) < recorded) {
                        // People learn of an overstay ban only when refused at the border (001:509-511).
                        Bans.impose(p, i, place, banMonths, month, false, tally);
                    }
                }
                homecoming.comeHome(month, i, hh, visit, false, tally);
            }
        }
    }
}
