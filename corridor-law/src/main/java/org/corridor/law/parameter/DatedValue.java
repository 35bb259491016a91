package org.corridor.law.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value from a date on, with where it comes from.
 *
 * @param since the first day the value is in force
 * @param value the value, typed by the parameter's {@link Unit}: Integer, BigDecimal, Boolean, String,
 *     List of String, Deadline (or {@link #NOT_REQUIRED}), Money, MoneyRange (or {@link #NOT_QUANTIFIED}), List of BanStep, or
 *     Set of MonthDay
 * @param source a seed line ({@code FILE:LINE}) or a named law, article or statistical release
 * @param assumption true where the sources are silent or disagree and we chose
 * @param note why the value or date was chosen, and what the sources say otherwise
 */
public record DatedValue(LocalDate since, Object value, String source, boolean assumption, String note) {
    /** The value of a deadline parameter for a period in which the obligation does not exist. */
    public static final String NOT_REQUIRED = "not required";
    /** The value of a fine that is charged but whose amount the sources do not give. */
    public static final String NOT_QUANTIFIED = "not quantified";

    public DatedValue {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
