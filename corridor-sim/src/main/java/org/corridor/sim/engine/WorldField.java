package org.corridor.sim.engine;

import java.util.List;
import org.corridor.sim.world.People;

/**
 * The parts of the world's state a phase may read or write: each a column of {@link People} or
 * {@link org.corridor.sim.world.Households} (or some bits of a flag column), or a coherent group of
 * them, or the chunk's lists. Every array and every flag bit belongs to exactly one field. A phase
 * declares the fields it reads and writes ({@link Phase#access}); the declarations are read by tests
 * and the documentation (docs/MODEL.md, section 1.3), never while the world runs.
 */
public enum WorldField {
    /**
     * Who the person is: birth month, origin, sex, role in the household, education, and the index
     * when the population was made (the key of lasting traits' draws). Fixed within a year: the
     * yearly re-layout changes roles (a bride, a son heading his own household).
     */
    PERSON(people("birth"), people("origin"), people("sex"), people("role"), people("education"), people("id")),
    /**
     * Who lives with whom, fixed within a year (the yearly re-layout forms and splits households): a
     * person's household; a household's members, origin, region, urban or rural.
     */
    HOUSEHOLD(people("household"), households("first"), households("size"), households("origin"), households("region"),
            households("rural")),
    /** Alive, dead, or not yet born (the flags alive and dead). */
    LIFE(people("flags", People.ALIVE | People.DEAD, "alive, dead")),
    /** A household's members alive this month. */
    LIVING(households("living")),
    /** Where the person is, the last destination, and whether at home on a visit meaning to go back. */
    PLACE(people("place"), people("lastPlace"), people("flags", People.VISITING, "visiting")),
    /** When the current or last stay abroad began and ended. */
    STAY(people("entered"), people("left")),
    /** Whether ever abroad, and the months abroad in all. */
    EXPERIENCE(people("flags", People.EVER_ABROAD, "ever abroad"), people("monthsAbroad")),
    /** The month's legal state abroad, and the last month the stay is lawful without further steps. */
    LEGAL_STATE(people("legal"), people("legalUntil")),
    /** Registered at the place of stay. */
    REGISTRATION(people("flags", People.REGISTERED, "registered")),
    /** A patent or permit: issued, paid until; the exam passed; an application pending. */
    AUTHORISATION(people("authorisedSince"), people("authorisedUntil"), people("papers", People.EXAM | People.APPLIED, "exam, applied")),
    /** A foreign passport; forged papers. */
    DOCUMENTS(people("papers", People.PASSPORT | People.FORGED, "passport, forged")),
    /** A job abroad: working, formal, its sector, through a middleman. */
    EMPLOYMENT(people("flags", People.WORKING | People.FORMAL, "working, formal"), people("sector"), people("papers", People.BROKER, "broker")),
    /** This month's earnings abroad, net of the middleman, fees, fines and bribes. */
    EARNINGS(people("earnings")),
    /** The month of the last recorded administrative offence. */
    OFFENCES(people("lastOffence")),
    /** Re-entry bans by country, the Russian place that imposed one, and whether the person knows. */
    BANS(people("bannedRu"), people("bannedKz"), people("bannedTr"), people("banPlace"), people("papers", People.KNOWS_BAN, "knows ban")),
    /** The month the person took Russian citizenship, kept on every later stay. */
    CITIZENSHIP(people("citizenSince")),
    /** Divorced. */
    MARRIAGE(people("flags", People.DIVORCED, "divorced")),
    /** Kin: a person's mother, father and spouse (indices, -1 if none in the world) and the month of the marriage; set by the yearly re-layout. */
    KIN(people("mother"), people("father"), people("spouse"), people("married")),
    /** The chunk's lists of people abroad and under a ban, and the paper bits that say who is on them. */
    LISTS(people("papers", People.LISTED_ABROAD | People.LISTED_BANNED, "listed abroad, listed banned"), chunk("abroad"), chunk("banned")),
    /** A household's members abroad and whether a man knew of his Russian ban, both at last month's census. */
    HOUSEHOLD_CENSUS(households("abroad"), households("knownBan")),
    /** A household's income at home without remittances. */
    HOME_INCOME(households("homeIncome")),
    /** Remittances received this month, and their moving average. */
    REMITTANCES(households("remitted"), households("remittedAverage")),
    /** A household's savings. */
    SAVINGS(households("savings"));

    /** Where a column lives. */
    public enum Table {
        PEOPLE, HOUSEHOLDS, CHUNK
    }

    /**
     * A column of the state, by the name of its array in {@code People}, {@code Households} or
     * {@code Chunk}; {@code bits} are the bits of a flag column that belong to the field (named in
     * {@code bitNames}), -1 for the whole column.
     */
    public record Column(Table table, String name, int bits, String bitNames) {
        public boolean whole() {
            return bits == -1;
        }

        /** As docs/MODEL.md names it: {@code flags (alive, dead)}, {@code Households.living}, {@code Chunk.abroad}. */
        @Override
        public String toString() {
            String prefix = switch (table) {
                case PEOPLE -> "";
                case HOUSEHOLDS -> "Households.";
                case CHUNK -> "Chunk.";
            };
            return prefix + name + (whole() ? "" : " (" + bitNames + ")");
        }
    }

    public static final WorldField[] ALL = values();

    private final List<Column> columns;

    WorldField(Column... columns) {
        this.columns = List.of(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    private static Column people(String name) {
        return new Column(Table.PEOPLE, name, -1, "");
    }

    private static Column people(String name, int bits, String bitNames) {
        return new Column(Table.PEOPLE, name, bits, bitNames);
    }

    private static Column households(String name) {
        return new Column(Table.HOUSEHOLDS, name, -1, "");
    }

    private static Column chunk(String name) {
        return new Column(Table.CHUNK, name, -1, "");
    }
}
