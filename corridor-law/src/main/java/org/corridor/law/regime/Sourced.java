package org.corridor.law.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A rule value with the basis it rests on. An absent value means the rule is not in force. */
public record Sourced<T>(T value, List<Basis> basis) {
    private static final Sourced<?> ABSENT = new Sourced<>(null, List.of());

    public Sourced {
        basis = List.copyOf(basis);
    }

    @SuppressWarnings("unchecked")
    public static <T> Sourced<T> absent() {
        return (Sourced<T>) ABSENT;
    }

    public static <T> Sourced<T> of(T value, Basis basis) {
        return new Sourced<>(Objects.requireNonNull(value), List.of(basis));
    }

    public boolean present() {
        return value != null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    public T orElse(T fallback) {
        return value == null ? fallback : value;
    }
}
