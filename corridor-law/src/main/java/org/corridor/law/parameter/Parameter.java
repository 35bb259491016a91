package org.corridor.law.parameter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One rule parameter: a stable id (its path under the law folder, for example
 * {@code ru.registration.deadline.tj}), what it is (in English and Russian, see {@link Description}
 * for which a reader gets), its unit, the legal act it implements, and its values over time.
 */
public record Parameter(String id, Description description, Unit unit, String reference, List<DatedValue> values) {
    public Parameter {
        values = List.copyOf(values);
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).since().isAfter(values.get(i - 1).since())) {
                throw new IllegalArgumentException(id + ": values must be in increasing 'since' order");
            }
        }
    }

    /** The value in force on {@code day}, or empty before the first value took effect. */
    public Optional<DatedValue> at(LocalDate day) {
        DatedValue inForce = null;
        for (DatedValue v : values) {
            if (v.since().isAfter(day)) {
                break;
            }
            inForce = v;
        }
        return Optional.ofNullable(inForce);
    }

    /** The dates on which this parameter's value changes. */
    public List<LocalDate> changeDates() {
        return values.stream().map(DatedValue::since).toList();
    }
}
