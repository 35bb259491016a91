package org.corridor.sim.phase;

import org.corridor.law.assessment.ControlledPersonsRule;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;

/**
 * The month-end count: who is abroad, where, in which legal state, registered, authorised or
 * irregular (those holding Russia's passport apart, as Russia counts them: its citizens), and who is
 * under a ban (counted at the place that imposed it, wherever the person is).
 * It also tidies the chunk's lists, dropping those who came home, died, or whose bans ran out (and
 * forgets that they knew of a ban run out), counts the months abroad, and notes for each household
 * its members abroad and whether a man knew of his Russian ban, which next month's migration reads.
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, HOUSEHOLD, LIFE, PLACE, LEGAL_STATE, REGISTRATION, AUTHORISATION, EMPLOYMENT, BANS, CITIZENSHIP
 * writes  LISTS, EXPERIENCE, HOUSEHOLD_CENSUS, BANS
 * tally   ABROAD, CITIZENS, REGISTERED, AUTHORISED, IRREGULAR, LISTED, BANNED
 * </pre>
 * EXPERIENCE: the months-abroad counter; BANS: whether a person knows of a ban is forgotten when the
 * ban runs out.
 */
public final class CensusPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.PLACE,
                WorldField.LEGAL_STATE, WorldField.REGISTRATION, WorldField.AUTHORISATION, WorldField.EMPLOYMENT,
                WorldField.BANS, WorldField.CITIZENSHIP)
            .writes(WorldField.LISTS, WorldField.EXPERIENCE, WorldField.HOUSEHOLD_CENSUS, WorldField.BANS);

    private final People people;
    private final Households households;

    public CensusPhase(World world) {
        this.people = world.people();
        this.households = world.households();
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        Households h = households;
        int m = month.index;
        java.util.Arrays.fill(h.abroad, chunk.firstHousehold, chunk.endHousehold, (byte) 0);
        java.util.Arrays.fill(h.knownBan, chunk.firstHousehold, chunk.endHousehold, (byte) 0);
        int[] abroad = chunk.abroad();
        int kept = 0;
        int listed = chunk.abroadInOrder();
        int keptListed = -1; // how many of those listed before the month are kept
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            if (k == listed) {
                keptListed = kept;
            }
            int i = abroad[k];
            int place = p.place[i];
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0) {
                p.papers[i] &= ~People.LISTED_ABROAD;
                continue;
            }
            abroad[kept++] = i;
            h.abroad[p.household[i]]++;
            int origin = p.origin[i];
            int sex = p.sex[i];
            int state = p.legal[i];
            p.monthsAbroad[i]++;
            if (p.citizenWhere(i)) {
                tally.add(origin, place, sex, state, Measure.CITIZENS, 1);
                continue; // outside the counts of foreign citizens and of their papers
            }
            tally.add(origin, place, sex, state, Measure.ABROAD, 1);
            if ((p.flags[i] & People.REGISTERED) != 0) {
                tally.add(origin, place, sex, state, Measure.REGISTERED, 1);
            }
            boolean working = (p.flags[i] & People.WORKING) != 0;
            if (p.authorisedUntil[i] >= m
                    || (working && !month.law().flag(WorkAuthorisationRule.REQUIRED, month.slot(origin, place)))) {
                tally.add(origin, place, sex, state, Measure.AUTHORISED, 1);
            }
            if (state == LegalState.IRREGULAR.ordinal()) {
                tally.add(origin, place, sex, state, Measure.IRREGULAR, 1);
                // the register's ground is no lawful stay (115-FZ art. 31.2), not a missed registration
                if (p.withoutLawfulGround(i, m) && month.law().flag(ControlledPersonsRule.REGISTER, month.slot(origin, place))) {
                    tally.add(origin, place, sex, state, Measure.LISTED, 1);
                }
            }
        }
        chunk.keepAbroad(kept, keptListed < 0 ? kept : keptListed);
        int[] banned = chunk.banned();
        kept = 0;
        for (int k = 0, n = chunk.bannedCount(); k < n; k++) {
            int i = banned[k];
            boolean alive = (p.flags[i] & People.ALIVE) != 0;
            boolean ru = p.bannedRu[i] >= m;
            boolean kz = p.bannedKz[i] >= m;
            boolean tr = p.bannedTr[i] >= m;
            if (!alive || !(ru || kz || tr)) {
                p.papers[i] &= ~(People.LISTED_BANNED | People.KNOWS_BAN);
                continue;
            }
            banned[kept++] = i;
            int origin = p.origin[i];
            int sex = p.sex[i];
            int state = p.legal[i];
            if (ru) {
                tally.add(origin, p.banPlace[i], sex, state, Measure.BANNED, 1);
                if (sex == 0 && (p.papers[i] & People.KNOWS_BAN) != 0) {
                    h.knownBan[p.household[i]] = 1; // a household can only send someone else in place of a ban it knows of
                }
            }
            if (kz) {
                tally.add(origin, Place.KZ.ordinal(), sex, state, Measure.BANNED, 1);
            }
            if (tr) {
                tally.add(origin, Place.TR.ordinal(), sex, state, Measure.BANNED, 1);
            }
        }
        chunk.keepBanned(kept);
    }
}
