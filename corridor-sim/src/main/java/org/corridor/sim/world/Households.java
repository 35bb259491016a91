package org.corridor.sim.world;

/**
 * Every household as columns of primitive arrays. Its members are the people
 * {@code first[h] .. first[h] + size[h] - 1}, including children not yet born (whose birth months
 * were drawn when the population was made).
 */
public final class Households {
    public static final int BYTES_PER_HOUSEHOLD = 4 + 1 + 1 + 1 + 1 + 3 + 4 * 4;

    /**
     * The households in use: the first {@code count} entries of the arrays, which may have room for
     * more (the yearly re-layout adds the households that split off and drops the empty ones).
     */
    public int count;
    public final int[] first;
    public final byte[] size;
    public final byte[] origin;
    /** Region of origin: an index into the origin's regions in the population inputs. */
    public final byte[] region;
    /** 0 urban, 1 rural. */
    public final byte[] rural;
    /** Members alive this month (written by the demography phase). */
    public final byte[] living;
    /** Members abroad at the end of last month (written by the census). */
    public final byte[] abroad;
    /** 1 if a man of the household knew of his Russian ban at the end of last month (written by the census). */
    public final byte[] knownBan;
    /** Income at home without remittances, as a multiple of the origin's average monthly wage. */
    public final float[] homeIncome;
    /** Remittances received this month, US dollars. */
    public final float[] remitted;
    /** Remittances received, as a moving average over about a year, US dollars a month. */
    public final float[] remittedAverage;
    /** Savings, US dollars. */
    public final float[] savings;

    /** Households with room for {@code count}, all in use. */
    public Households(int count) {
        this.count = count;
        first = new int[count];
        size = new byte[count];
        origin = new byte[count];
        region = new byte[count];
        rural = new byte[count];
        living = new byte[count];
        abroad = new byte[count];
        knownBan = new byte[count];
        homeIncome = new float[count];
        remitted = new float[count];
        remittedAverage = new float[count];
        savings = new float[count];
    }

    /** The people of all households, born and unborn: those before the people array's spare room. */
    public int people() {
        return count == 0 ? 0 : first[count - 1] + size[count - 1];
    }

    /** How many households the arrays can hold. */
    public int capacity() {
        return first.length;
    }

    /** A copy with room for {@code capacity} households, holding the first {@code count}. */
    public Households copy(int capacity, int count) {
        Households h = new Households(capacity);
        h.count = count;
        System.arraycopy(first, 0, h.first, 0, count);
        System.arraycopy(size, 0, h.size, 0, count);
        System.arraycopy(origin, 0, h.origin, 0, count);
        System.arraycopy(region, 0, h.region, 0, count);
        System.arraycopy(rural, 0, h.rural, 0, count);
        System.arraycopy(living, 0, h.living, 0, count);
        System.arraycopy(abroad, 0, h.abroad, 0, count);
        System.arraycopy(knownBan, 0, h.knownBan, 0, count);
        System.arraycopy(homeIncome, 0, h.homeIncome, 0, count);
        System.arraycopy(remitted, 0, h.remitted, 0, count);
        System.arraycopy(remittedAverage, 0, h.remittedAverage, 0, count);
        System.arraycopy(savings, 0, h.savings, 0, count);
        return h;
    }
}
