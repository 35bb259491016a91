package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/** Random but valid histories for property tests, reproducible from a seed. */
final class RandomHistories {
    /** A history and the date to assess it on. */
    record Sample(Facts facts, LocalDate asOf, List<LocalDate[]> stays) {
    }

    private RandomHistories() {
    }

    static Sample sample(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Country citizenship = Citizenships.COVERED.get(r.nextInt(Citizenships.COVERED.size()));
        Jurisdiction[] all = Jurisdiction.values();
        Jurisdiction j = all[r.nextInt(all.length)];
        if (j == Jurisdiction.KG_INTERNAL && citizenship != Country.KG) {
            j = Jurisdiction.RU_OTHER;
        }
        LocalDate day = LocalDate.of(2005 + r.nextInt(22), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<Event> events = new ArrayList<>();
        List<LocalDate[]> stays = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int s = 0; s < count; s++) {
            LocalDate entry = day;
            events.add(new Event(EventKind.ENTRY, entry, r.nextBoolean() ? "work" : "visit"));
            int length = 1 + r.nextInt(420);
            LocalDate exit = entry.plusDays(length - 1);
            inside(r, entry, length, j == Jurisdiction.TR, events);
            boolean last = s == count - 1;
            if (!last || r.nextInt(3) > 0) {
                events.add(Event.of(r.nextInt(8) == 0 ? EventKind.EXPULSION : EventKind.EXIT, exit));
                stays.add(new LocalDate[] {entry, exit});
            } else {
                stays.add(new LocalDate[] {entry, exit.plusYears(5)});
            }
            day = exit.plusDays(r.nextInt(400));
        }
        LocalDate first = events.get(0).date();
        LocalDate asOf = first.plusDays(r.nextInt(900) - 30);
        return new Sample(new Facts(citizenship, j, events), asOf, stays);
    }

    /** Adds a random selection of the events that happen during a stay, in date order. */
    private static final String[] KINDS = {"patent", "permit", "residence"};

    private static void inside(SplittableRandom r, LocalDate entry, int length, boolean turkey, List<Event> events) {
        List<Event> within = new ArrayList<>();
        if (r.nextBoolean()) {
            within.add(Event.of(EventKind.REGISTRATION, entry.plusDays(r.nextInt(Math.min(length, 40)))));
        }
        if (r.nextBoolean()) {
            String kind = KINDS[r.nextInt(turkey ? KINDS.length : KINDS.length - 1)];
            int applied = r.nextInt(Math.min(length, 120));
            within.add(new Event(EventKind.APPLICATION, entry.plusDays(applied), kind));
            int issues = r.nextInt(3); // none, one, or a re-issue; issued up to 90 days after applying
            for (int k = 0, at = applied + r.nextInt(90); k < issues && at < length; k++, at += 30 + r.nextInt(200)) {
                LocalDate issued = entry.plusDays(at);
                within.add(new Event(EventKind.AUTHORISATION, issued, r.nextBoolean() ? kind : null));
                for (int p = 0, pay = 0; p < r.nextInt(6) && at + pay < length; p++, pay += 20 + r.nextInt(30)) {
                    within.add(new Event(EventKind.PAYMENT, issued.plusDays(pay), String.valueOf(1 + r.nextInt(3))));
                }
            }
        }
        for (EventKind k : new EventKind[] {EventKind.EXAM, EventKind.MEDICAL, EventKind.INSURANCE, EventKind.OFFENCE, EventKind.FORGERY,
            EventKind.AMNESTY, EventKind.REGISTER_LISTED, EventKind.REGISTER_REMOVED}) {
            if (r.nextInt(4) == 0) {
                within.add(Event.of(k, entry.plusDays(r.nextInt(length))));
            }
        }
        if (r.nextBoolean()) {
            int start = r.nextInt(length);
            within.add(Event.of(EventKind.CONTRACT_START, entry.plusDays(start)));
            if (r.nextBoolean()) {
                int end = start + r.nextInt(length - start);
                within.add(Event.of(EventKind.CONTRACT_END, entry.plusDays(end)));
                if (end + 2 < length && r.nextBoolean()) {
                    within.add(Event.of(EventKind.CONTRACT_START, entry.plusDays(end + 2)));
                }
            }
        }
        within.sort(java.util.Comparator.comparing(Event::date));
        events.addAll(within);
    }

    /** A compliance event placed on a random day of a random stay. */
    static Event complianceEvent(Sample s, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        LocalDate[] stay = s.stays().get(r.nextInt(s.stays().size()));
        long days = stay[1].toEpochDay() - stay[0].toEpochDay() + 1;
        LocalDate day = stay[0].plusDays(r.nextLong(Math.min(days, 500)));
        EventKind[] kinds = java.util.Arrays.stream(EventKind.values()).filter(EventKind::isCompliance).toArray(EventKind[]::new);
        EventKind k = kinds[r.nextInt(kinds.length)];
        return k == EventKind.PAYMENT ? new Event(k, day, "1") : Event.of(k, day);
    }
}
