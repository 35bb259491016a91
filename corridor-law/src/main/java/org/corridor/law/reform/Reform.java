package org.corridor.law.reform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to one law parameter from a date on, as a scenario makes it (like an OpenFisca reform):
 * the law as it would have been. {@link Reforms#apply} turns a law and its reforms into a new law.
 *
 * @param parameter the parameter's id, such as {@code ru.work.monthly_fee}
 * @param from the first day the change applies
 * @param change what happens to the parameter's values from that day
 * @param reason why, for the record the new value carries (a scenario name and note)
 */
public record Reform(String parameter, LocalDate from, Change change, String reason) {
    public Reform {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(change, "change");
        reason = reason == null ? "" : reason;
    }

    /** What a reform does to the values in force from its date. */
    public sealed interface Change permits Set, Multiply, Revoke {
    }

    /** From the date, the parameter has this value (in the parameter's Java type); later values are dropped. */
    public record Set(Object value) implements Change {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }

    /** From the date, every amount (a number, money or a money range) is multiplied by the factor. */
    public record Multiply(double factor) implements Change {
    }

    /**
     * Values from the date are dropped, so the value in force before it stays in force; a parameter
     * left with no values is removed, so that a citizenship's override falls back to the general rule.
     */
    public record Revoke() implements Change {
    }
}
