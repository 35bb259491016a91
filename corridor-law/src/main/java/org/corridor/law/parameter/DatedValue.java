package org.corridor.law.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value from a date on, with where it comes from.
 *
 * @param since the first day the value is in force
 * @param value the value, typed by the parameter's {@link Unit}: Integer, BigDecimal, Boolean, String,
 *     List of String, Deadline (or {@link #NOT_REQUIRED}), Money, MoneyRange (or {@link #NOT_QUANTIFIED}), List of BanStep,
 *     StayLimit, Set of MonthDay or List of LocalDate; or, for any unit, {@link #NOT_IN_FORCE}
 * @param source a seed line ({@code FILE:LINE}) or a named law, article or statistical release
 * @param assumption true where the sources are silent or disagree and we chose
 * @param note why the value or date was chosen, and what the sources say otherwise
 */
public record DatedValue(LocalDate since, Object value, String source, boolean assumption, String note) {
    /** The value of a deadline parameter for a period in which the obligation does not exist. */
    public static final String NOT_REQUIRED = "not required";
    /** The value of a fine that is charged but whose amount the sources do not give. */
    public static final String NOT_QUANTIFIED = "not quantified";
    /** The value of any parameter from the day its rule stopped applying (repealed, or replaced by others). */
    public static final String NOT_IN_FORCE = "not in force";

    /** Whether a value says the rule is not in force from its date: any of the three markers above. */
    public static boolean isAbsence(Object value) {
        return NOT_IN_FORCE.equals(value) || NOT_REQUIRED.equals(value) || NOT_QUANTIFIED.equals(value);
    }

    public DatedValue {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
