package org.corridor.law.regime;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.parameter.StayLimit;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Unit;

/**
 * A rule parameter as the rules read it: its path under a jurisdiction's folder (the file
 * {@code ru/registration/deadline.yaml} is the path {@code registration.deadline} of Russia), the
 * units its file may have, the typed value a file's value becomes, and the column, if any, that the
 * simulation's compiled view gives it.
 *
 * <p>Each key is a constant declared beside the rule that reads it, so that a new parameter is its
 * YAML file plus one declaration: {@link Declarations} finds the constants, {@link RuleBook} reads
 * every declared key for every period of the law, and {@link org.corridor.law.compiled.CompiledLaw}
 * fills every declared column. A file whose path no key declares, or whose unit the key does not
 * accept, stops the rule book from being built.
 *
 * <p>"Absent" has one meaning: the rule is not in force. {@link Sourced#present()} is false, and the
 * compiled view holds {@code NaN}. Where a file says so from a date ({@code "not in force"}, or the
 * deadline's {@code "not required"}, or a fine's {@code "not quantified"}), the absent value keeps
 * that file's basis, so the planner can say why.
 *
 * @param <T> the value's Java type
 */
public final class Key<T> {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String path;
    private final Class<T> type;
    private final Set<Unit> units;
    private final Function<Object, T> read;
    private final Column column;
    private final int index;
    private final boolean wholeHistory;

    private Key(String path, Class<T> type, Set<Unit> units, Function<Object, T> read, ToDoubleFunction<T> compiled) {
        this(path, type, units, read, compiled, false);
    }

    private Key(String path, Class<T> type, Set<Unit> units, Function<Object, T> read, ToDoubleFunction<T> compiled, boolean wholeHistory) {
        if (!path.matches("[a-z_]+(\\.[a-z_]+)*")) {
            throw new IllegalArgumentException("a key's path is dot-separated lower-case words, got '" + path + "'");
        }
        this.path = path;
        this.type = type;
        this.units = Set.copyOf(units);
        this.read = read;
        this.index = COUNT.getAndIncrement();
        this.column = compiled == null ? null : Column.of(this, path, compiled);
        this.wholeHistory = wholeHistory;
    }

    /** A yes-or-no rule; the compiled view holds 1 or 0. */
    public static Key<Boolean> flag(String path) {
        return new Key<>(path, Boolean.class, EnumSet.of(Unit.BOOLEAN), Boolean.class::cast, b -> b ? 1 : 0);
    }

    /** A whole number of days, months, years or a count, as the unit says; compiled as the number. */
    public static Key<Integer> number(String path, Unit unit) {
        if (!unit.isWholeNumber()) {
            throw new IllegalArgumentException(unit.key() + " is not a whole-number unit");
        }
        return new Key<>(path, Integer.class, EnumSet.of(unit), Integer.class::cast, Integer::doubleValue);
    }

    /** A period after an event ("7 working days"); compiled as typical calendar days. */
    public static Key<Deadline> deadline(String path) {
        return new Key<>(path, Deadline.class, EnumSet.of(Unit.DEADLINE), Deadline.class::cast, Deadline::approximateCalendarDays);
    }

    /** A sum of money in any currency; compiled as the amount. */
    public static Key<Money> money(String path) {
        return new Key<>(path, Money.class, currencies(), Money.class::cast, m -> m.amount().doubleValue());
    }

    /** A fine: a range, or a fixed sum read as a range of one value; no column of its own (see {@link Column#min}). */
    public static Key<MoneyRange> fine(String path) {
        return new Key<>(path, MoneyRange.class, currencies(), Key::range, null);
    }

    /** A text naming one of an enum's constants by its key; compiled as the constant's ordinal. */
    public static <E extends Enum<E>> Key<E> choice(String path, Class<E> type, Function<String, E> parse) {
        return new Key<>(path, type, EnumSet.of(Unit.TEXT), raw -> parse.apply((String) raw), e -> e.ordinal());
    }

    /** A text, such as the address of an official service; no column. */
    public static Key<String> text(String path) {
        return new Key<>(path, String.class, EnumSet.of(Unit.TEXT), String.class::cast, null);
    }

    /** A list of texts, such as the services that registration gates; no column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Key<List<String>> texts(String path) {
        return new Key<>(path, (Class) List.class, EnumSet.of(Unit.TEXT_LIST), raw -> (List<String>) raw, null);
    }

    /** A scale of re-entry bans by days overstayed; read in the compiled view through its own method. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Key<List<BanStep>> banScale(String path) {
        return new Key<>(path, (Class) List.class, EnumSet.of(Unit.BAN_SCALE), raw -> (List<BanStep>) raw, null);
    }

    /** How long a visitor may stay; the compiled view's columns are declared where it is read. */
    public static Key<StayLimit> stayLimit(String path) {
        return new Key<>(path, StayLimit.class, EnumSet.of(Unit.STAY_LIMIT), StayLimit.class::cast, null);
    }

    /** A jurisdiction's public holidays, read as a whole history by the calendar; no column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Key<Set<java.time.MonthDay>> holidays(String path) {
        return new Key<>(path, (Class) Set.class, EnumSet.of(Unit.HOLIDAYS), raw -> (Set<java.time.MonthDay>) raw, null, true);
    }

    /** A date, such as the last day of an amnesty; compiled as its epoch day. */
    public static Key<java.time.LocalDate> date(String path) {
        return new Key<>(path, java.time.LocalDate.class, EnumSet.of(Unit.DATE), java.time.LocalDate.class::cast, d -> d.toEpochDay());
    }

    /** Lists of dates, such as each year's transferred days off, read as a whole history by the calendar; no column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Key<List<java.time.LocalDate>> dates(String path) {
        return new Key<>(path, (Class) List.class, EnumSet.of(Unit.DATE_LIST), raw -> (List<java.time.LocalDate>) raw, null, true);
    }

    private static Set<Unit> currencies() {
        return EnumSet.of(Unit.RUB, Unit.KZT, Unit.TRY, Unit.USD);
    }

    private static MoneyRange range(Object raw) {
        if (raw instanceof Money m) {
            return new MoneyRange(m.amount(), m.amount(), m.currency());
        }
        return (MoneyRange) raw;
    }

    public String path() {
        return path;
    }

    public Class<T> type() {
        return type;
    }

    public Set<Unit> units() {
        return units;
    }

    /** The key's number, unique in this JVM, by which {@link Rules} keeps its values in an array. */
    int index() {
        return index;
    }

    /** How many keys exist: the size of the arrays {@link Rules} keeps. */
    static int count() {
        return COUNT.get();
    }

    /**
     * Whether the key's whole history is read at once (a calendar's holidays and moved days) rather
     * than its value on a day: such keys make no periods of their own in the rule book.
     */
    public boolean wholeHistory() {
        return wholeHistory;
    }

    /** The compiled view's column of this key, or null where it has none of its own. */
    public Column column() {
        return column;
    }

    /**
     * The typed value of a file's value: null where the file says the rule is not in force from that
     * date ({@code "not in force"}, {@code "not required"}, {@code "not quantified"}).
     */
    T read(Object raw) {
        return DatedValue.isAbsence(raw) ? null : read.apply(raw);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(path) * 31 + index;
    }

    @Override
    public String toString() {
        return path;
    }
}
