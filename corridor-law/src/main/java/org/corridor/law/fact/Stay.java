package org.corridor.law.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay in the destination, from entry to exit, with the events that belong to it (including a
 * passport obtained or an exam passed before the entry). It remembers which kinds of event it has,
 * since every rule asks and most kinds are absent.
 */
public final class Stay {
    private final LocalDate entry;
    private final Purpose purpose;
    private final LocalDate exit;
    private final boolean expelled;
    private final boolean planned;
    private final List<Event> events;
    private final int kinds;

    /**
     * @param exit the exit (or expulsion) date, or {@code null} while the person is still there
     * @param planned true for an entry after the assessment date: nothing in it has happened yet
     */
    public Stay(LocalDate entry, Purpose purpose, LocalDate exit, boolean expelled, boolean planned, List<Event> events) {
        this.entry = Objects.requireNonNull(entry);
        this.purpose = Objects.requireNonNull(purpose);
        this.exit = exit;
        this.expelled = expelled;
        this.planned = planned;
        this.events = List.copyOf(events);
        int mask = 0;
        for (Event e : this.events) {
            mask |= 1 << e.kind().ordinal();
        }
        this.kinds = mask;
    }

    public LocalDate entry() {
        return entry;
    }

    public Purpose purpose() {
        return purpose;
    }

    public LocalDate exit() {
        return exit;
    }

    public boolean expelled() {
        return expelled;
    }

    public boolean planned() {
        return planned;
    }

    public List<Event> events() {
        return events;
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

    public boolean has(EventKind kind) {
        return (kinds & (1 << kind.ordinal())) != 0;
    }

    public Optional<Event> first(EventKind kind) {
        if (has(kind)) {
            for (Event e : events) {
                if (e.kind() == kind) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The events of a kind in date order. */
    public List<Event> all(EventKind kind) {
        if (!has(kind)) {
            return List.of();
        }
        List<Event> of = new ArrayList<>(4);
        for (Event e : events) {
            if (e.kind() == kind) {
                of.add(e);
            }
        }
        return of;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stay s && entry.equals(s.entry) && purpose == s.purpose && Objects.equals(exit, s.exit)
                && expelled == s.expelled && planned == s.planned && events.equals(s.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, purpose, exit, expelled, planned, events);
    }

    @Override
    public String toString() {
        return "Stay[" + entry + ".." + (exit == null ? (planned ? "planned" : "ongoing") : exit) + ", " + purpose.word()
                + (expelled ? ", expelled" : "") + ", " + events + "]";
    }
}
