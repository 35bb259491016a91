package org.corridor.law.regime;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.corridor.law.money.MoneyRange;

/**
 * One number per period of the law for the simulation's compiled view, read from the same
 * {@link Rules} the planner assesses with. A key's own column is made with the key
 * ({@link Key#column()}); others (a fine's minimum and maximum, a stay limit's window) are declared
 * beside the rule that reads the key, as constants {@link Declarations} finds. A column is
 * {@code NaN} where its rule is not in force: the one meaning of "absent".
 */
public final class Column {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;
    private final ToDoubleFunction<Rules> read;
    private final int index;

    private Column(String name, ToDoubleFunction<Rules> read) {
        this.name = name;
        this.read = read;
        this.index = COUNT.getAndIncrement();
    }

    /** A column of a key's value, {@code NaN} where the key is absent. */
    public static <T> Column of(Key<T> key, String name, ToDoubleFunction<T> value) {
        return new Column(name, rules -> {
            Sourced<T> s = rules.get(key);
            return s.present() ? value.applyAsDouble(s.value()) : Double.NaN;
        });
    }

    /** A column computed from the whole period's rules, for numbers that combine several keys. */
    public static Column derived(String name, ToDoubleFunction<Rules> value) {
        return new Column(name, value);
    }

    /** The lower end of a fine, in the destination's currency. */
    public static Column min(Key<MoneyRange> fine) {
        return of(fine, fine.path() + ".min", r -> r.min().doubleValue());
    }

    /** The upper end of a fine. */
    public static Column max(Key<MoneyRange> fine) {
        return of(fine, fine.path() + ".max", r -> r.max().doubleValue());
    }

    public String name() {
        return name;
    }

    /** The column's number, unique in this JVM: its place in the compiled view's arrays. */
    public int index() {
        return index;
    }

    /** How many columns exist. */
    public static int count() {
        return COUNT.get();
    }

    public double read(Rules rules) {
        return read.applyAsDouble(rules);
    }

    @Override
    public String toString() {
        return name;
    }
}
