package org.corridor.law.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One stay in the destination, from entry to exit, with the events that belong to it (including a
 * passport obtained or an exam passed before the entry).
 *
 * @param exit the exit (or expulsion) date, or {@code null} while the person is still there
 * @param planned true for an entry after the assessment date: nothing in it has happened yet
 */
public record Stay(LocalDate entry, Purpose purpose, LocalDate exit, boolean expelled, boolean planned, List<Event> events) {
    public Stay {
        events = List.copyOf(events);
    }

    public boolean ongoing() {
        return exit == null && !planned;
    }

    /** The last day present as of {@code asOf}: the exit day, or {@code asOf} while still there. */
    public LocalDate lastDayPresent(LocalDate asOf) {
        return exit != null ? exit : asOf;
    }

    /** Whether the person is in the destination on {@code day}; the entry and exit days count. */
    public boolean covers(LocalDate day, LocalDate asOf) {
        return !planned && !day.isBefore(entry) && !day.isAfter(lastDayPresent(asOf));
    }

    public Optional<Event> first(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    public List<Event> all(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}
