package org.corridor.law.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's stays as of a date. Events after that date have not happened and are ignored, except
 * that the first entry after it, while the person is abroad, is kept as a planned stay, so that the
 * planner can lay out what the trip will ask of them.
 */
public record History(LocalDate asOf, List<Stay> stays, int ignoredLaterEvents, String occupation) {
    public History {
        stays = List.copyOf(stays);
    }

    public static History of(Facts facts, LocalDate asOf) {
        Event.checkRange(asOf, "as-of date");
        List<Event> events = facts.events();
        List<Stay> stays = new ArrayList<>(2);
        List<Event> pending = new ArrayList<>(events.size());
        Event entry = null;
        boolean planned = false;
        int ignored = 0;
        for (int i = 0, n = events.size(); i < n; i++) { // indexed: this loop runs for every assessment
            Event e = events.get(i);
            if (e.date().isAfter(asOf)) {
                if (!planned && entry == null && e.kind() == EventKind.ENTRY) {
                    stays.add(new Stay(e.date(), e.purpose(), null, false, true, pending));
                    pending = new ArrayList<>();
                    planned = true;
                } else {
                    ignored++;
                }
                continue;
            }
            switch (e.kind()) {
                case ENTRY -> entry = e;
                case EXIT, EXPULSION -> {
                    stays.add(new Stay(entry.date(), entry.purpose(), e.date(), e.kind() == EventKind.EXPULSION, false, pending));
                    pending = new ArrayList<>();
                    entry = null;
                }
                default -> pending.add(e);
            }
        }
        if (entry != null) {
            stays.add(new Stay(entry.date(), entry.purpose(), null, false, false, pending));
        }
        return new History(asOf, stays, ignored, facts.occupation());
    }

    /** The stay the person is in on the as-of date, the planned one, or else the most recent one. */
    public Optional<Stay> focus() {
        return stays.isEmpty() ? Optional.empty() : Optional.of(stays.get(stays.size() - 1));
    }

    /** Whether the person is in the destination on the as-of date. */
    public boolean present() {
        return !stays.isEmpty() && stays.get(stays.size() - 1).covers(asOf, asOf);
    }

    /** The stays before {@code stay}. */
    public List<Stay> before(Stay stay) {
        int i = 0;
        while (i < stays.size() && stays.get(i) != stay) { // by identity: equal stays are not the same stay
            i++;
        }
        return stays.subList(0, i == stays.size() ? 0 : i);
    }
}
