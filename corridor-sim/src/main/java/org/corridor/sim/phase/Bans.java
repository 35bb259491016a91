package org.corridor.sim.phase;

import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;

/**
 * Imposing a re-entry ban: from this month, for the law's number of months, by the country of the
 * place that imposes it, and counted there. Whether a ban is recorded at all is the caller's draw
 * against the register's reach ({@code ban_register} in the environment).
 */
final class Bans {
    private Bans() {
    }

    static void impose(People p, Chunk chunk, int i, int place, int months, Month month, boolean known, Tally tally) {
        if (months <= 0) {
            return;
        }
        p.ban(i, Place.of(place), month.index + months - 1);
        chunk.addBanned(p, i);
        if (known) {
            p.hold(i, People.KNOWS_BAN, true);
        }
        tally.add(p.origin[i], place, p.sex[i], p.legal[i], Measure.NEWLY_BANNED, 1);
    }

    /** The mask of destinations a person knows they are banned from (see {@link org.corridor.sim.engine.Prospects#MASKS}). */
    static int knownMask(People p, int i, int monthIndex) {
        if ((p.papers[i] & People.KNOWS_BAN) == 0) {
            return 0;
        }
        return (p.bannedRu[i] >= monthIndex ? 1 : 0) | (p.bannedKz[i] >= monthIndex ? 2 : 0) | (p.bannedTr[i] >= monthIndex ? 4 : 0);
    }

    /**
     * Whether a moratorium (Russia's Decrees No. 274, 791 and 364 of 2020-21) suspends this person's deadlines,
     * expulsion and ban this month: a draw against the share of the month it is in force. One draw per person and
     * month, so the return and enforcement phases agree on who is covered.
     */
    static boolean suspended(long seed, Month month, int i, int place) {
        double moratorium = month.env.expulsionMoratorium()[place];
        return moratorium > 0 && Draws.uniform(seed, i, month.index, Streams.MORATORIUM) < moratorium;
    }

    static boolean banned(People p, int i, int monthIndex) {
        return p.bannedRu[i] >= monthIndex || p.bannedKz[i] >= monthIndex || p.bannedTr[i] >= monthIndex;
    }
}
