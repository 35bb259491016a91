package org.corridor.sim.world;

import java.util.Arrays;

/**
 * Every person of the synthetic population as columns of primitive arrays (one index per person),
 * {@value #BYTES_PER_PERSON} bytes each. Members of a household are contiguous, so a range of
 * households is a range of people. Months are indices from the simulation's first month; -1 means
 * never or none.
 */
public final class People {
    /** The bytes of state per person: the sum of the element sizes of the arrays below. */
    public static final int BYTES_PER_PERSON = 4 + 2 + 11 * 1 + 10 * 2 + 4 + 2 + 4 * 4 + 2;

    // Life flags.
    public static final int ALIVE = 1;
    public static final int REGISTERED = 2;
    public static final int WORKING = 4;
    public static final int EVER_ABROAD = 8;
    /** Died; distinguishes the dead from the not yet born, neither of whom is alive. */
    public static final int DEAD = 16;
    /** At home on a visit, meaning to go back to {@link #lastPlace}. */
    public static final int VISITING = 32;
    public static final int DIVORCED = 64;
    /** Works for an employer with a contract (formal), rather than informally. */
    public static final int FORMAL = 128;

    // Paper flags: what the person holds.
    public static final int PASSPORT = 1;
    /** Holds forged papers (a migration card, registration or patent bought on the street). */
    public static final int FORGED = 2;
    public static final int EXAM = 4;
    /** Has applied for work authorisation and awaits the decision. */
    public static final int APPLIED = 8;
    /** Works through a middleman who takes a cut. */
    public static final int BROKER = 16;
    /** Knows of their own re-entry ban (most learn of it only at the border, 001:511). */
    public static final int KNOWS_BAN = 32;
    /** On its chunk's list of people abroad (bookkeeping, see {@link org.corridor.sim.engine.Chunk}). */
    public static final int LISTED_ABROAD = 64;
    /** On its chunk's list of people under a ban. */
    public static final int LISTED_BANNED = 128;

    public final int capacity;
    /** The household's index. */
    public final int[] household;
    /** Birth month, as months since January 1900. */
    public final short[] birth;
    public final byte[] origin;
    /** 0 man, 1 woman. */
    public final byte[] sex;
    /** {@link Role} code. */
    public final byte[] role;
    /** 0 basic, 1 secondary, 2 vocational or higher. */
    public final byte[] education;
    /** {@link Place} code. */
    public final byte[] place;
    /** The destination of the last stay abroad, or 0. */
    public final byte[] lastPlace;
    /** {@link LegalState} code. */
    public final byte[] legal;
    /** Life flags: {@link #ALIVE} and the rest. */
    public final byte[] flags;
    /** Paper flags: {@link #PASSPORT} and the rest. */
    public final byte[] papers;
    /** {@link Sector} code of the job held abroad, or 0. */
    public final byte[] sector;
    /** The place whose authorities imposed the Russian ban (Moscow, St Petersburg or the rest), for the series. */
    public final byte[] banPlace;
    /** The month the current stay began; at home, the month the last one began; -1 if never abroad. */
    public final short[] entered;
    /** The last month the current stay is lawful without further steps. */
    public final short[] legalUntil;
    /** The month the current patent or permit was issued; -1 if none. */
    public final short[] authorisedSince;
    /** The last month paid for on a patent or permit; -1 if none. */
    public final short[] authorisedUntil;
    /** The last month of a re-entry ban, by destination country: Russia, Kazakhstan, Turkey; -1 if none. */
    public final short[] bannedRu;
    public final short[] bannedKz;
    public final short[] bannedTr;
    /** The month of the last administrative offence recorded; -1 if none. */
    public final short[] lastOffence;
    /** This month's earnings abroad, US dollars, net of the middleman's cut, fees, fines and bribes. */
    public final float[] earnings;
    /** Months spent abroad, in all. */
    public final short[] monthsAbroad;
    /** The month the person last came home from abroad; -1 if never: with {@link #entered}, the last stay's span. */
    public final short[] left;
    /**
     * The person's index when the population was made: a key for the draws of lasting traits, which
     * stays with the person when the yearly re-layout moves people between household blocks.
     */
    public final int[] id;
    /** The index of the person's mother and father, or -1 if not in the world (dead before the last re-layout, or never modelled). */
    public final int[] mother;
    public final int[] father;
    /** The index of the person's husband or wife, or -1 if never married or the spouse is no longer in the world. */
    public final int[] spouse;
    /** The month of the marriage, as months since January 1900; -1 if never married. */
    public final short[] married;
    /**
     * The month the person took Russian citizenship while working there, or -1 if never. They keep it
     * on every later stay: Russia counts them as its own citizens (Federal Law 62-FZ, art. 6), so its
     * migration law and its counts of foreign citizens no longer see them.
     */
    public final short[] citizenSince;

    public People(int capacity) {
        this.capacity = capacity;
        household = new int[capacity];
        birth = new short[capacity];
        origin = new byte[capacity];
        sex = new byte[capacity];
        role = new byte[capacity];
        education = new byte[capacity];
        place = new byte[capacity];
        lastPlace = new byte[capacity];
        legal = new byte[capacity];
        flags = new byte[capacity];
        papers = new byte[capacity];
        sector = new byte[capacity];
        banPlace = new byte[capacity];
        entered = new short[capacity];
        legalUntil = new short[capacity];
        authorisedSince = new short[capacity];
        authorisedUntil = new short[capacity];
        bannedRu = new short[capacity];
        bannedKz = new short[capacity];
        bannedTr = new short[capacity];
        lastOffence = new short[capacity];
        earnings = new float[capacity];
        monthsAbroad = new short[capacity];
        left = new short[capacity];
        id = new int[capacity];
        mother = new int[capacity];
        father = new int[capacity];
        spouse = new int[capacity];
        married = new short[capacity];
        citizenSince = new short[capacity];
        for (int i = 0; i < capacity; i++) {
            id[i] = i;
        }
        Arrays.fill(mother, -1);
        Arrays.fill(father, -1);
        Arrays.fill(spouse, -1);
        Arrays.fill(married, (short) -1);
        Arrays.fill(citizenSince, (short) -1);
        Arrays.fill(entered, (short) -1);
        Arrays.fill(left, (short) -1);
        Arrays.fill(legalUntil, (short) -1);
        Arrays.fill(authorisedSince, (short) -1);
        Arrays.fill(authorisedUntil, (short) -1);
        Arrays.fill(bannedRu, (short) -1);
        Arrays.fill(bannedKz, (short) -1);
        Arrays.fill(bannedTr, (short) -1);
        Arrays.fill(lastOffence, (short) -1);
    }

    /** A copy with more room, the first {@code count} people carried over. */
    public People grow(int newCapacity, int count) {
        People p = new People(newCapacity);
        System.arraycopy(household, 0, p.household, 0, count);
        System.arraycopy(birth, 0, p.birth, 0, count);
        System.arraycopy(origin, 0, p.origin, 0, count);
        System.arraycopy(sex, 0, p.sex, 0, count);
        System.arraycopy(role, 0, p.role, 0, count);
        System.arraycopy(education, 0, p.education, 0, count);
        System.arraycopy(place, 0, p.place, 0, count);
        System.arraycopy(lastPlace, 0, p.lastPlace, 0, count);
        System.arraycopy(legal, 0, p.legal, 0, count);
        System.arraycopy(flags, 0, p.flags, 0, count);
        System.arraycopy(papers, 0, p.papers, 0, count);
        System.arraycopy(sector, 0, p.sector, 0, count);
        System.arraycopy(banPlace, 0, p.banPlace, 0, count);
        System.arraycopy(entered, 0, p.entered, 0, count);
        System.arraycopy(legalUntil, 0, p.legalUntil, 0, count);
        System.arraycopy(authorisedSince, 0, p.authorisedSince, 0, count);
        System.arraycopy(authorisedUntil, 0, p.authorisedUntil, 0, count);
        System.arraycopy(bannedRu, 0, p.bannedRu, 0, count);
        System.arraycopy(bannedKz, 0, p.bannedKz, 0, count);
        System.arraycopy(bannedTr, 0, p.bannedTr, 0, count);
        System.arraycopy(lastOffence, 0, p.lastOffence, 0, count);
        System.arraycopy(earnings, 0, p.earnings, 0, count);
        System.arraycopy(monthsAbroad, 0, p.monthsAbroad, 0, count);
        System.arraycopy(left, 0, p.left, 0, count);
        System.arraycopy(id, 0, p.id, 0, count);
        System.arraycopy(mother, 0, p.mother, 0, count);
        System.arraycopy(father, 0, p.father, 0, count);
        System.arraycopy(spouse, 0, p.spouse, 0, count);
        System.arraycopy(married, 0, p.married, 0, count);
        System.arraycopy(citizenSince, 0, p.citizenSince, 0, count);
        return p;
    }

    public boolean has(int person, int flag) {
        return (flags[person] & flag) != 0;
    }

    public void set(int person, int flag, boolean on) {
        flags[person] = (byte) (on ? flags[person] | flag : flags[person] & ~flag);
    }

    public boolean holds(int person, int paper) {
        return (papers[person] & paper) != 0;
    }

    public void hold(int person, int paper, boolean on) {
        papers[person] = (byte) (on ? papers[person] | paper : papers[person] & ~paper);
    }

    /** Age in whole years in a month given as months since January 1900. */
    public int age(int person, int monthSince1900) {
        return (monthSince1900 - birth[person]) / 12;
    }

    /** Whether the person is in Russia holding its passport: no migration rule applies to them there. */
    public boolean citizenWhere(int person) {
        return citizenSince[person] >= 0 && Place.of(place[person]).russia();
    }

    public boolean abroad(int person) {
        return place[person] != 0;
    }

    /**
     * Whether the person is abroad in an irregular state past their lawful stay (the visitor's days,
     * an authorisation, a pending application): no lawful ground to stay, the ground of Russia's register
     * of controlled persons and of the overstay fine; a missed registration alone is not one.
     */
    public boolean withoutLawfulGround(int person, int month) {
        return legal[person] == LegalState.IRREGULAR.ordinal() && month > legalUntil[person] && legalUntil[person] >= 0;
    }

    /** The last month of the person's ban from a destination's country, or -1. */
    public int bannedUntil(int person, Place destination) {
        return switch (destination) {
            case RU_MOW, RU_SPE, RU_OTHER -> bannedRu[person];
            case KZ -> bannedKz[person];
            case TR -> bannedTr[person];
            case HOME -> -1;
        };
    }

    /** Bans the person from a destination's country until {@code lastMonth}, keeping a longer ban in force. */
    public void ban(int person, Place destination, int lastMonth) {
        short until = (short) Math.min(Short.MAX_VALUE, lastMonth);
        switch (destination) {
            case RU_MOW, RU_SPE, RU_OTHER -> {
                if (until > bannedRu[person]) {
                    bannedRu[person] = until;
                    banPlace[person] = destination.code();
                }
            }
            case KZ -> bannedKz[person] = (short) Math.max(bannedKz[person], until);
            case TR -> bannedTr[person] = (short) Math.max(bannedTr[person], until);
            case HOME -> throw new IllegalArgumentException("no ban from home");
        }
    }
}
