package org.corridor.law.parameter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.NavigableSet;

/** Every rule parameter of the corridor, by id. Immutable and safe to share between threads. */
public final class Law {
    private final Map<String, Parameter> parameters;

    public Law(Collection<Parameter> parameters) {
        Map<String, Parameter> byId = new TreeMap<>();
        for (Parameter p : parameters) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter id " + p.id());
            }
        }
        this.parameters = Collections.unmodifiableMap(byId);
    }

    /** All parameters, sorted by id. */
    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    public Optional<Parameter> parameter(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    /** Every date on which some parameter changes value, in order. */
    public NavigableSet<LocalDate> changeDates() {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        parameters.values().forEach(p -> dates.addAll(p.changeDates()));
        return dates;
    }
}
