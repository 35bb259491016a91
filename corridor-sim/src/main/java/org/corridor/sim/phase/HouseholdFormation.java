package org.corridor.sim.phase;

import java.util.Arrays;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Relayout;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Role;

/**
 * Households that live: once a year, in January before the month's phases, on one thread, young
 * people marry and sons' households split from their parents', and the world is laid out again with
 * one block of people per household (the engine's chunks rely on it). Tajik couples usually live with
 * the husband's family (002:3937-3939) and early marriage is common (002:3963-3967):
 * <ul>
 *   <li><b>Splits first.</b> A son living with his parents (role child) whose wife lives with him and
 *       who married at least {@code family.split_after_years} ago sets up his own household with his
 *       wife and their unmarried children (and theirs), unless he is the youngest son, who stays with
 *       his parents (general knowledge of Central Asian families, an assumption). He becomes its head,
 *       she its head's wife.</li>
 *   <li><b>Marriages.</b> Each unmarried son past {@code family.marriage_age_men} (to 45) marries this
 *       year with the probability {@code family.marriage_yearly}; the men who do are paired, oldest
 *       first, with the unmarried women at home past {@code family.marriage_age_women} (to 40) of the
 *       same origin and region, oldest first, from another household. The bride moves into her
 *       husband's household with her children under 18 and those not yet born (drawn when the
 *       population was made); they become his to the unborn.</li>
 *   <li><b>The re-layout.</b> The dead leave the world (links to them become -1), as do children not
 *       yet born whose mother has died; households left with nobody alive or to be born are dropped;
 *       a household's split-offs follow it, so the households of an origin stay contiguous. Every
 *       column of {@link People} is permuted to the new order and every index into it (household,
 *       mother, father, spouse) is rewritten; the households' arrays are rebuilt, their income at home
 *       moved with the working-age adults (18-62) who move, savings and remittances staying with the
 *       parents' household; members alive, abroad and a man known to be banned are counted again as
 *       the census had them. The engine then rebuilds its chunks and their lists.</li>
 * </ul>
 * Every draw is keyed by the person's lasting id ({@link People#id}) and the month, so the result is
 * the same whatever the threads and whatever the layout.
 *
 * <p>What it touches of the world ({@link WorldField}; it also moves every column when it lays the
 * world out again):
 * <pre>
 * reads   PERSON, HOUSEHOLD, LIFE, PLACE, KIN, BANS, HOME_INCOME, REMITTANCES, SAVINGS
 * writes  PERSON, HOUSEHOLD, KIN, LIVING, HOUSEHOLD_CENSUS, HOME_INCOME, REMITTANCES, SAVINGS, LISTS
 * </pre>
 */
public final class HouseholdFormation implements Relayout {
    /** What the re-layout reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.PLACE, WorldField.KIN, WorldField.BANS,
                WorldField.HOME_INCOME, WorldField.REMITTANCES, WorldField.SAVINGS)
            .writes(WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.KIN, WorldField.LIVING, WorldField.HOUSEHOLD_CENSUS,
                WorldField.HOME_INCOME, WorldField.REMITTANCES, WorldField.SAVINGS, WorldField.LISTS);

    /** The oldest a man marries for the first time in the model, and a woman. */
    static final int MAX_GROOM_AGE = 45;
    static final int MAX_BRIDE_AGE = 40;
    /** How many brides past the first free one a groom may look at to find one from another household. */
    private static final int LOOK_AHEAD = 16;
    private static final int MAX_MEMBERS = 127;

    private final People people;
    private final Households households;
    private final long seed;
    private final int womenAge;
    private final int menAge;
    private final double yearly;
    private final int splitMonths;

    /**
     * The re-layout's working arrays, a few per person, kept from one year to the next: made afresh
     * each January they were about 27 bytes a person of garbage a year (1.4 GB at full scale), which
     * the collector let the heap grow to hold.
     */
    private final Scratch scratch = new Scratch();

    /** What the last run did, for tests and the bench. */
    private int splits;
    private int marriages;

    public HouseholdFormation(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.womenAge = (int) Math.round(b.get("family.marriage_age_women"));
        this.menAge = (int) Math.round(b.get("family.marriage_age_men"));
        this.yearly = b.get("family.marriage_yearly");
        this.splitMonths = (int) Math.round(12 * b.get("family.split_after_years"));
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    /** Households that split off at the last run. */
    public int splits() {
        return splits;
    }

    /** Marriages at the last run. */
    public int marriages() {
        return marriages;
    }

    // The state of one run: a person's destination (an old household, a new one numbered from the old
    // count, or -1 for leaving the world), members and working adults by destination, income by destination.
    private int[] dest;
    private int[] members;
    private int[] workers;
    private double[] income;
    private int[] parentOf; // a new household's parent household
    private int newCount;
    private int[] mark;
    private int stamp;
    private int[] set;

    @Override
    public void run(Month month) {
        People p = people;
        Households h = households;
        int n = h.people();
        int hc = h.count;
        int now = month.since1900;
        int room = h.capacity() - hc; // new households possible
        dest = scratch.ints(Scratch.DEST, n);
        members = new int[hc + room];
        workers = new int[hc + room];
        income = new double[hc + room];
        parentOf = new int[room];
        mark = scratch.ints(Scratch.MARK, n);
        Arrays.fill(mark, 0, n, 0);
        set = new int[MAX_MEMBERS];
        stamp = 0;
        newCount = 0;
        splits = 0;
        marriages = 0;
        // Who stays in the world, and where everyone starts.
        for (int i = 0; i < n; i++) {
            boolean dead = (p.flags[i] & People.DEAD) != 0;
            boolean unborn = (p.flags[i] & (People.ALIVE | People.DEAD)) == 0;
            int mum = p.mother[i];
            if (dead || (unborn && mum >= 0 && (p.flags[mum] & People.DEAD) != 0)) {
                dest[i] = -1;
                continue;
            }
            int hh = p.household[i];
            dest[i] = hh;
            members[hh]++;
            if (working(p, i, now)) {
                workers[hh]++;
            }
        }
        for (int hh = 0; hh < hc; hh++) {
            income[hh] = h.homeIncome[hh];
        }
        split(now, room);
        marry(month);
        layOut(n, hc, now, month.index);
        dest = null;
        mark = null;
        income = null;
        members = null;
        workers = null;
        parentOf = null;
    }

    private static boolean alive(People p, int i) {
        return (p.flags[i] & People.ALIVE) != 0;
    }

    private static boolean working(People p, int i, int now) {
        int age = (now - p.birth[i]) / 12;
        return alive(p, i) && age >= 18 && age <= 62;
    }

    /** Whether the person has a husband or wife alive in the world. */
    private boolean married(int i) {
        int s = people.spouse[i];
        return s >= 0 && (people.flags[s] & People.ALIVE) != 0;
    }

    /** Sons married long enough, who are not the youngest, set up their own households. */
    private void split(int now, int room) {
        People p = people;
        Households h = households;
        for (int hh = 0, hc = h.count; hh < hc; hh++) {
            int first = h.first[hh];
            int end = first + h.size[hh];
            for (int i = first; i < end; i++) {
                if (newCount >= room) {
                    return;
                }
                if (dest[i] != hh || p.sex[i] != 0 || p.role[i] != Role.CHILD.ordinal() || !alive(p, i) || !married(i)) {
                    continue;
                }
                int wife = p.spouse[i];
                if (dest[wife] != hh || p.married[i] < 0 || now - p.married[i] < splitMonths || !hasYoungerBrother(i, first, end)) {
                    continue;
                }
                int count = collect(i, wife, first, end, Integer.MAX_VALUE, now);
                int k = h.count + newCount++;
                parentOf[k - h.count] = hh;
                move(count, hh, k, now);
                p.role[i] = Role.HEAD.code();
                p.role[wife] = Role.SPOUSE.code();
                splits++;
            }
        }
    }

    /** Whether a brother younger than the son lives or will be born in the household. */
    private boolean hasYoungerBrother(int son, int first, int end) {
        People p = people;
        int mum = p.mother[son];
        int dad = p.father[son];
        for (int j = first; j < end; j++) {
            if (j == son || dest[j] != dest[son] || p.sex[j] != 0 || p.role[j] != Role.CHILD.ordinal() || p.birth[j] <= p.birth[son]) {
                continue;
            }
            boolean orphans = mum < 0 && dad < 0 && p.mother[j] < 0 && p.father[j] < 0; // brothers whose parents have both died
            if ((mum >= 0 && p.mother[j] == mum) || (dad >= 0 && p.father[j] == dad) || orphans) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gathers into {@link #set} the roots (one or two people; {@code second} may be -1) and their
     * unmarried descendants in the block {@code first..end} who share the roots' destination, those
     * alive younger than {@code maxAgeMonths} or not yet born. Returns how many.
     */
    private int collect(int root, int second, int first, int end, int maxAgeMonths, int now) {
        People p = people;
        int from = dest[root];
        int count = 0;
        stamp++;
        set[count++] = root;
        mark[root] = stamp;
        if (second >= 0) {
            set[count++] = second;
            mark[second] = stamp;
        }
        boolean added = true;
        while (added) {
            added = false;
            for (int j = first; j < end; j++) {
                if (mark[j] == stamp || dest[j] != from || married(j)) {
                    continue;
                }
                int mum = p.mother[j];
                int dad = p.father[j];
                if (!((mum >= 0 && mark[mum] == stamp) || (dad >= 0 && mark[dad] == stamp))) {
                    continue;
                }
                if (alive(p, j) && now - p.birth[j] >= maxAgeMonths) {
                    continue;
                }
                mark[j] = stamp;
                set[count++] = j;
                added = true;
            }
        }
        return count;
    }

    /** Moves the gathered people from one destination to another, with their share of the income at home. */
    private void move(int count, int from, int to, int now) {
        int adults = 0;
        for (int k = 0; k < count; k++) {
            int i = set[k];
            dest[i] = to;
            if (working(people, i, now)) {
                adults++;
            }
        }
        members[from] -= count;
        members[to] += count;
        if (adults > 0 && workers[from] > 0) {
            double share = income[from] * Math.min(1.0, (double) adults / workers[from]);
            income[from] -= share;
            income[to] += share;
        }
        workers[from] -= adults;
        workers[to] += adults;
    }

    /** This year's marriages: grooms and brides of an origin and region, paired oldest first. */
    private void marry(Month month) {
        People p = people;
        Households h = households;
        int now = month.since1900;
        int n = h.people();
        long[] grooms = new long[64];
        long[] brides = new long[64];
        int g = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (dest[i] < 0 || !alive(p, i) || married(i)) {
                continue;
            }
            int age = (now - p.birth[i]) / 12;
            int role = p.role[i];
            long group = (long) p.origin[i] * 32 + h.region[p.household[i]];
            long key = (group << 48) | ((long) (p.birth[i] + 32768) << 32) | i;
            if (p.sex[i] == 0) {
                if (role == Role.CHILD.ordinal() && age >= menAge && age <= MAX_GROOM_AGE
                        && Draws.uniform(seed, p.id[i], month.index, Streams.MARRY) < yearly) {
                    if (g == grooms.length) {
                        grooms = Arrays.copyOf(grooms, 2 * g);
                    }
                    grooms[g++] = key;
                }
            } else if ((role == Role.CHILD.ordinal() || role == Role.OTHER.ordinal()) && age >= womenAge && age <= MAX_BRIDE_AGE
                    && p.place[i] == 0) {
                if (b == brides.length) {
                    brides = Arrays.copyOf(brides, 2 * b);
                }
                brides[b++] = key;
            }
        }
        Arrays.sort(grooms, 0, g);
        Arrays.sort(brides, 0, b);
        int next = 0; // the first bride not yet taken
        for (int k = 0; k < g; k++) {
            long group = grooms[k] >>> 48;
            while (next < b && (brides[next] < 0 || brides[next] >>> 48 < group)) {
                next++;
            }
            int groom = (int) grooms[k];
            for (int j = next; j < b && j < next + LOOK_AHEAD; j++) {
                if (brides[j] < 0) {
                    continue;
                }
                if (brides[j] >>> 48 != group) {
                    break;
                }
                int bride = (int) brides[j];
                int to = dest[groom];
                int from = dest[bride];
                if (from == to) {
                    continue; // not a sister, nor a brother's wife
                }
                int hb = p.household[bride];
                int count = collect(bride, -1, h.first[hb], h.first[hb] + h.size[hb], 18 * 12, now);
                if (members[to] + count > MAX_MEMBERS) {
                    break;
                }
                move(count, from, to, now);
                for (int c = 1; c < count; c++) {
                    int child = set[c];
                    if (!alive(p, child) && p.mother[child] == bride) {
                        p.father[child] = groom; // a child not yet born is his
                    }
                }
                p.spouse[groom] = bride;
                p.spouse[bride] = groom;
                p.married[groom] = (short) now;
                p.married[bride] = (short) now;
                p.role[bride] = Role.OTHER.code();
                p.flags[groom] &= ~People.DIVORCED;
                p.flags[bride] &= ~People.DIVORCED;
                brides[j] = -1;
                marriages++;
                break;
            }
        }
    }

    /** Lays the people out again, one block per household in the new order, and rebuilds the households. */
    private void layOut(int n, int hc, int now, int monthIndex) {
        People p = people;
        Households h = households;
        int all = hc + newCount;
        // The new order of households: each old one (unless empty), then the ones that split from it.
        int[] rank = new int[all];
        int[] source = new int[all]; // by new index: the old household whose attributes it takes
        boolean[] fresh = new boolean[all];
        int count = 0;
        int k = 0;
        for (int hh = 0; hh < hc; hh++) {
            if (members[hh] > 0) {
                source[count] = hh;
                rank[hh] = count++;
            } else {
                rank[hh] = -1;
            }
            while (k < newCount && parentOf[k] == hh) {
                int d = hc + k++;
                if (members[d] > 0) {
                    source[count] = hh;
                    fresh[count] = true;
                    rank[d] = count++;
                } else {
                    rank[d] = -1;
                }
            }
        }
        // People: a counting sort by new household, in the old order within each.
        int[] start = new int[count + 1];
        for (int i = 0; i < n; i++) {
            if (dest[i] >= 0) {
                start[rank[dest[i]] + 1]++;
            }
        }
        for (int r = 0; r < count; r++) {
            start[r + 1] += start[r];
        }
        int kept = start[count];
        int[] order = scratch.ints(Scratch.ORDER, kept);
        int[] newIndex = scratch.ints(Scratch.NEW_INDEX, n);
        int[] fill = Arrays.copyOf(start, count);
        for (int i = 0; i < n; i++) {
            if (dest[i] < 0) {
                newIndex[i] = -1;
            } else {
                int at = fill[rank[dest[i]]]++;
                order[at] = i;
                newIndex[i] = at;
            }
        }
        // Households: attributes from their source; income as moved; the rest counted again below.
        double[] newIncome = new double[count];
        for (int d = 0; d < all; d++) {
            if (rank[d] >= 0) {
                newIncome[rank[d]] = income[d];
            }
        }
        byte[] origin = new byte[count];
        byte[] region = new byte[count];
        byte[] rural = new byte[count];
        float[] remitted = new float[count];
        float[] remittedAverage = new float[count];
        float[] savings = new float[count];
        for (int r = 0; r < count; r++) {
            int s = source[r];
            origin[r] = h.origin[s];
            region[r] = h.region[s];
            rural[r] = h.rural[s];
            if (!fresh[r]) {
                remitted[r] = h.remitted[s];
                remittedAverage[r] = h.remittedAverage[s];
                savings[r] = h.savings[s];
            }
        }
        h.count = count;
        for (int r = 0; r < count; r++) {
            h.first[r] = start[r];
            h.size[r] = (byte) (start[r + 1] - start[r]);
            h.origin[r] = origin[r];
            h.region[r] = region[r];
            h.rural[r] = rural[r];
            h.homeIncome[r] = (float) Math.max(0.05, newIncome[r]);
            h.remitted[r] = remitted[r];
            h.remittedAverage[r] = remittedAverage[r];
            h.savings[r] = savings[r];
        }
        // People: every column to the new order; indices into People rewritten.
        int[] ints = scratch.ints(Scratch.COLUMN, n);
        for (int i = 0; i < kept; i++) {
            ints[i] = rank[dest[order[i]]];
        }
        System.arraycopy(ints, 0, p.household, 0, kept);
        relink(p.mother, order, newIndex, kept, ints);
        relink(p.father, order, newIndex, kept, ints);
        relink(p.spouse, order, newIndex, kept, ints);
        permute(p.id, order, kept, ints);
        short[] shorts = scratch.shorts(n);
        for (short[] column : new short[][] {p.birth, p.entered, p.legalUntil, p.authorisedSince, p.authorisedUntil, p.bannedRu, p.bannedKz,
                p.bannedTr, p.lastOffence, p.monthsAbroad, p.left, p.married, p.citizenSince}) {
            permute(column, order, kept, shorts);
        }
        byte[] bytes = scratch.bytes(n);
        for (byte[] column : new byte[][] {p.origin, p.sex, p.role, p.education, p.place, p.lastPlace, p.legal, p.flags, p.papers, p.sector,
                p.banPlace}) {
            permute(column, order, kept, bytes);
        }
        float[] floats = scratch.floats(n);
        System.arraycopy(p.earnings, 0, floats, 0, n);
        for (int i = 0; i < kept; i++) {
            p.earnings[i] = floats[order[i]];
        }
        // The room left behind holds nobody.
        Arrays.fill(p.flags, kept, n, (byte) 0);
        Arrays.fill(p.papers, kept, n, (byte) 0);
        Arrays.fill(p.mother, kept, n, -1);
        Arrays.fill(p.father, kept, n, -1);
        Arrays.fill(p.spouse, kept, n, -1);
        // Members alive, abroad, and a man known to be banned, as last month's census had them.
        int last = monthIndex - 1;
        for (int r = 0; r < count; r++) {
            int living = 0;
            int abroad = 0;
            byte knownBan = 0;
            for (int i = h.first[r], end = i + h.size[r]; i < end; i++) {
                if ((p.flags[i] & People.ALIVE) == 0) {
                    continue;
                }
                living++;
                if (p.place[i] != 0) {
                    abroad++;
                }
                if (p.sex[i] == 0 && p.bannedRu[i] >= last && (p.papers[i] & People.KNOWS_BAN) != 0) {
                    knownBan = 1;
                }
            }
            h.living[r] = (byte) living;
            h.abroad[r] = (byte) Math.min(127, abroad);
            h.knownBan[r] = knownBan;
        }
    }

    private static void relink(int[] column, int[] order, int[] newIndex, int kept, int[] scratch) {
        for (int i = 0; i < kept; i++) {
            int old = column[order[i]];
            scratch[i] = old < 0 ? -1 : newIndex[old];
        }
        System.arraycopy(scratch, 0, column, 0, kept);
    }

    private static void permute(int[] column, int[] order, int kept, int[] scratch) {
        for (int i = 0; i < kept; i++) {
            scratch[i] = column[order[i]];
        }
        System.arraycopy(scratch, 0, column, 0, kept);
    }

    private static void permute(short[] column, int[] order, int kept, short[] scratch) {
        for (int i = 0; i < kept; i++) {
            scratch[i] = column[order[i]];
        }
        System.arraycopy(scratch, 0, column, 0, kept);
    }

    private static void permute(byte[] column, int[] order, int kept, byte[] scratch) {
        for (int i = 0; i < kept; i++) {
            scratch[i] = column[order[i]];
        }
        System.arraycopy(scratch, 0, column, 0, kept);
    }

    /** Arrays reused across runs, grown when the world has grown. Contents are never carried over: each use fills what it reads. */
    private static final class Scratch {
        static final int DEST = 0;
        static final int MARK = 1;
        static final int ORDER = 2;
        static final int NEW_INDEX = 3;
        static final int COLUMN = 4;
        private final int[][] ints = new int[5][];
        private short[] shorts = new short[0];
        private byte[] bytes = new byte[0];
        private float[] floats = new float[0];

        int[] ints(int which, int length) {
            if (ints[which] == null || ints[which].length < length) {
                ints[which] = new int[length];
            }
            return ints[which];
        }

        short[] shorts(int length) {
            if (shorts.length < length) {
                shorts = new short[length];
            }
            return shorts;
        }

        byte[] bytes(int length) {
            if (bytes.length < length) {
                bytes = new byte[length];
            }
            return bytes;
        }

        float[] floats(int length) {
            if (floats.length < length) {
                floats = new float[length];
            }
            return floats;
        }
    }
}
