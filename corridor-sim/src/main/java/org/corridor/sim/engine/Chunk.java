package org.corridor.sim.engine;

import org.corridor.sim.world.People;

/**
 * A run of whole households that the phases process together, small enough that their people's
 * columns stay in a core's cache through every phase of a month. It keeps two lists of its people
 * so that phases about migrants need not visit everyone: those abroad (appended on departure,
 * compacted by the census at the month's end) and those under a ban (appended when banned,
 * compacted likewise). A person's list membership is a paper flag, so nobody is listed twice.
 */
public final class Chunk {
    public final int firstHousehold;
    public final int endHousehold;
    private final int[] abroad;
    private int abroadCount;
    /** How many of the abroad list were there, in person order, when the month began. */
    private int abroadInOrder;
    /** Room to merge the month's arrivals into the list (grown when a month brings more). */
    private int[] arrivals = new int[16];
    private final int[] banned;
    private int bannedCount;

    Chunk(int firstHousehold, int endHousehold, int people) {
        this.firstHousehold = firstHousehold;
        this.endHousehold = endHousehold;
        this.abroad = new int[people];
        this.banned = new int[people];
    }

    /**
     * Lists the chunk's people who are abroad or under a ban when a run starts, so that a world may
     * start with migrants (a synthetic population starts with nobody abroad or banned, and nobody is
     * listed).
     */
    void listAtStart(People p, int firstPerson, int count) {
        for (int i = firstPerson, end = firstPerson + count; i < end; i++) {
            p.papers[i] &= ~(People.LISTED_ABROAD | People.LISTED_BANNED);
            if ((p.flags[i] & People.ALIVE) == 0) {
                continue;
            }
            if (p.place[i] != 0) {
                addAbroad(p, i);
            }
            if (p.bannedRu[i] >= 0 || p.bannedKz[i] >= 0 || p.bannedTr[i] >= 0) {
                addBanned(p, i);
            }
        }
        abroadInOrder = abroadCount;
    }

    /** Lists a person who has just gone abroad, unless already listed. */
    public void addAbroad(People p, int person) {
        if ((p.papers[person] & People.LISTED_ABROAD) == 0) {
            p.papers[person] |= People.LISTED_ABROAD;
            abroad[abroadCount++] = person;
        }
    }

    /** Lists a person who has just been banned, unless already listed. */
    public void addBanned(People p, int person) {
        if ((p.papers[person] & People.LISTED_BANNED) == 0) {
            p.papers[person] |= People.LISTED_BANNED;
            banned[bannedCount++] = person;
        }
    }

    /** The listed people abroad; some may have come home or died this month, so check their place. */
    public int[] abroad() {
        return abroad;
    }

    public int abroadCount() {
        return abroadCount;
    }

    public int[] banned() {
        return banned;
    }

    public int bannedCount() {
        return bannedCount;
    }

    /** How many entries at the head of the abroad list were listed before this month, in person order. */
    public int abroadInOrder() {
        return abroadInOrder;
    }

    /**
     * Keeps the first {@code count} entries of the abroad list, which the census has moved forward in
     * their order: the first {@code inOrder} of them listed before the month, in person order, then
     * the month's arrivals; and puts the arrivals in their places, so that the later phases read the
     * columns front to back. Only the arrivals are sorted, then merged from the back: a month's few
     * arrivals cost little, where sorting the whole list each month had taken about 4% of the
     * monthly phases (docs/BENCHMARKS.md).
     */
    public void keepAbroad(int count, int inOrder) {
        int added = count - inOrder;
        if (added > 0) {
            if (arrivals.length < added) {
                arrivals = new int[Math.max(added, 2 * arrivals.length)];
            }
            System.arraycopy(abroad, inOrder, arrivals, 0, added);
            java.util.Arrays.sort(arrivals, 0, added);
            int a = added - 1;
            int b = inOrder - 1;
            for (int w = count - 1; a >= 0; w--) {
                abroad[w] = b >= 0 && abroad[b] > arrivals[a] ? abroad[b--] : arrivals[a--];
            }
        }
        abroadCount = count;
        abroadInOrder = count;
    }

    public void keepBanned(int count) {
        bannedCount = count;
    }
}
