package org.corridor.law.regime;

import java.time.LocalDate;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The law in force for one citizenship in one jurisdiction from one day on: the value of every
 * declared {@link Key} with its basis. Built by {@link RuleBook} from the parameter files; read alike
 * by the assessment of a person's history and by the compiled monthly view for the simulation, so
 * that no reader re-implements a rule. Immutable.
 *
 * @see Key for what "absent" means
 */
public final class Rules {
    private final int id;
    private final Jurisdiction jurisdiction;
    private final Country citizenship;
    private final LocalDate since;
    private final long sinceDay;
    private final long untilDay;
    private final Sourced<?>[] values;

    /** @param untilDay the epoch day the next period starts, or {@link Long#MAX_VALUE} for the last */
    Rules(int id, Jurisdiction jurisdiction, Country citizenship, LocalDate since, long untilDay, Sourced<?>[] values) {
        this.id = id;
        this.jurisdiction = jurisdiction;
        this.citizenship = citizenship;
        this.since = since;
        this.sinceDay = since.toEpochDay();
        this.untilDay = untilDay;
        this.values = values;
    }

    /** Whether these rules are the ones in force on an epoch day: it lies in their period. */
    public boolean inForceOn(long epochDay) {
        return epochDay >= sinceDay && epochDay < untilDay;
    }

    /**
     * A number unique within its {@link RuleBook}, from 0 to {@link RuleBook#size()}, so that readers
     * can keep what they derive from these rules in an array.
     */
    public int id() {
        return id;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public Country citizenship() {
        return citizenship;
    }

    /** The first day these rules are in force. */
    public LocalDate since() {
        return since;
    }

    /** The key's value with its basis; absent where the rule is not in force. */
    @SuppressWarnings("unchecked")
    public <T> Sourced<T> get(Key<T> key) {
        int i = key.index();
        if (i >= values.length) {
            throw new IllegalStateException("the key '" + key.path() + "' was declared after this rule book was built");
        }
        return (Sourced<T>) values[i];
    }

    public <T> T value(Key<T> key) {
        return get(key).value();
    }

    public <T> T orElse(Key<T> key, T fallback) {
        return get(key).orElse(fallback);
    }

    public boolean has(Key<?> key) {
        return get(key).present();
    }

    /** Whether a yes-or-no rule is in force and says yes. */
    public boolean requires(Key<Boolean> flag) {
        Sourced<Boolean> s = get(flag);
        return s.present() && s.value();
    }

    /** True where the person is a citizen of the destination: no migration rule applies. */
    public boolean home() {
        return jurisdiction != Jurisdiction.KG_INTERNAL && jurisdiction.country() == citizenship;
    }
}
