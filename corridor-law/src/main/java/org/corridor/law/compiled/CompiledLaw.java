package org.corridor.law.compiled;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.corridor.law.assessment.ReentryBanRule;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;

/**
 * The law as plain numbers for the simulation: for every jurisdiction, covered citizenship and month,
 * the value of every declared {@link Column}, read from the same {@link Rules} the planner assesses
 * with, so the simulation never re-implements a rule. The law in force on the first day of a month
 * governs the whole month. A column is {@code NaN} where its rule is not in force (the one meaning of
 * "absent"); flags are 1 or 0; money is in the destination's currency ({@link #currency}).
 *
 * <p>Stored as one {@code double} column per declared column over slots numbered
 * {@code ((jurisdiction * citizenships) + citizenship) * months + month}; immutable once built.
 */
public final class CompiledLaw {
    private static final List<Country> CITIZENSHIPS = Citizenships.COVERED;

    private final YearMonth first;
    private final int months;
    /** By {@link Column#index()}; null for columns this law's declarations do not hold. */
    private final double[][] columns;
    /** The rules of each slot, for what is not a number (the overstay ban scale, read as the planner reads it). */
    private final Rules[] rules;

    private CompiledLaw(YearMonth first, int months) {
        this.first = first;
        this.months = months;
        int slots = Jurisdiction.values().length * CITIZENSHIPS.size() * months;
        this.columns = new double[Column.count()][];
        this.rules = new Rules[slots];
    }

    /** Compiles the law for every month from {@code from} to {@code to}, both included. */
    public static CompiledLaw compile(RuleBook book, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last month " + to + " precedes the first " + from);
        }
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        CompiledLaw law = new CompiledLaw(from, months);
        List<Column> declared = book.declarations().columns();
        for (Column c : declared) {
            law.columns[c.index()] = new double[law.rules.length];
        }
        for (Jurisdiction j : Jurisdiction.values()) {
            for (Country c : CITIZENSHIPS) {
                for (int m = 0; m < months; m++) {
                    LocalDate day = from.plusMonths(m).atDay(1);
                    int slot = law.slot(j, c, m);
                    Rules r = book.rules(j, c, day);
                    law.rules[slot] = r;
                    for (Column col : declared) {
                        law.columns[col.index()][slot] = col.read(r);
                    }
                }
            }
        }
        return law;
    }

    public YearMonth firstMonth() {
        return first;
    }

    public int months() {
        return months;
    }

    /** The slot of a jurisdiction, citizenship and month index (0 = {@link #firstMonth()}). */
    public int slot(Jurisdiction j, Country citizenship, int monthIndex) {
        int c = CITIZENSHIPS.indexOf(citizenship);
        if (c < 0) {
            throw new IllegalArgumentException("citizenship " + citizenship + " is not covered");
        }
        if (monthIndex < 0 || monthIndex >= months) {
            throw new IndexOutOfBoundsException("month index " + monthIndex + " outside 0.." + (months - 1));
        }
        return (j.ordinal() * CITIZENSHIPS.size() + c) * months + monthIndex;
    }

    public int slot(Jurisdiction j, Country citizenship, YearMonth month) {
        return slot(j, citizenship, (int) ChronoUnit.MONTHS.between(first, month));
    }

    /** The column's value in a slot; {@code NaN} where its rule is not in force. */
    public double value(Column column, int slot) {
        return column(column)[slot];
    }

    /** The value of a key's own column. */
    public double value(Key<?> key, int slot) {
        return value(ownColumn(key), slot);
    }

    /** The column's value, or {@code absent} where its rule is not in force. */
    public double valueOr(Column column, int slot, double absent) {
        double v = column(column)[slot];
        return Double.isNaN(v) ? absent : v;
    }

    public double valueOr(Key<?> key, int slot, double absent) {
        return valueOr(ownColumn(key), slot, absent);
    }

    /** Whether the rule behind a column is in force in the slot. */
    public boolean present(Column column, int slot) {
        return !Double.isNaN(column(column)[slot]);
    }

    public boolean present(Key<?> key, int slot) {
        return present(ownColumn(key), slot);
    }

    /** A yes-or-no column: true where it is in force and says yes. */
    public boolean flag(Column column, int slot) {
        return column(column)[slot] > 0;
    }

    public boolean flag(Key<Boolean> key, int slot) {
        return flag(ownColumn(key), slot);
    }

    /** The whole column, for loops over slots. Do not modify. */
    public double[] column(Column column) {
        double[] c = column.index() < columns.length ? columns[column.index()] : null;
        if (c == null) {
            throw new IllegalArgumentException("the column " + column + " is not declared by the rules this law was compiled from");
        }
        return c;
    }

    /** The rules in force in a slot. */
    public Rules rules(int slot) {
        return rules[slot];
    }

    /** The months of re-entry ban that {@code overstayDays} of overstay bring, or 0: the planner's reading of the scale. */
    public int overstayBanMonths(int slot, int overstayDays) {
        return BanStep.monthsFor(rules[slot].orElse(ReentryBanRule.OVERSTAY_BANS, List.of()), overstayDays);
    }

    /** The currency of money fields for a jurisdiction. */
    public static Currency currency(Jurisdiction j) {
        return Currency.getInstance(switch (j.country()) {
            case RU -> "RUB";
            case KZ -> "KZT";
            case TR -> "TRY";
            default -> "KGS";
        });
    }

    private static Column ownColumn(Key<?> key) {
        Column c = key.column();
        if (c == null) {
            throw new IllegalArgumentException("the key " + key + " has no column of its own");
        }
        return c;
    }

    @Override
    public String toString() {
        return "CompiledLaw[" + first + " + " + months + " months, " + Arrays.stream(columns).filter(c -> c != null).count() + " columns]";
    }
}
