package org.corridor.law.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * What is known about one person: citizenship, where they go, and their dated events, in date order.
 * Events on the same day keep the order they were given in, so that a same-day exit and re-entry (a
 * "visa run", 003:830-832) and a same-day entry and exit can both be written.
 *
 * <p>Construction checks that the events describe a possible history: stays do not overlap, every
 * exit follows an entry, events other than getting a passport or passing the exam happen during a
 * stay, and every date lies between 1991 and 2100.
 *
 * @param occupation what the person works as, a key of the law's occupations (a regional ban on
 *     patent holders may cover it), or null where not said
 */
public record Facts(Country citizenship, Jurisdiction jurisdiction, List<Event> events, String occupation) {
    private static final java.util.regex.Pattern OCCUPATION = java.util.regex.Pattern.compile("[a-z][a-z-]{0,39}");

    public Facts(Country citizenship, Jurisdiction jurisdiction, List<Event> events) {
        this(citizenship, jurisdiction, events, null);
    }

    public Facts {
        if (occupation != null && occupation.isBlank()) {
            occupation = null;
        }
        if (occupation != null && !OCCUPATION.matcher(occupation).matches()) {
            throw new InvalidFactsException("occupation", Reason.BAD_OCCUPATION_KEY, occupation);
        }
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (!Citizenships.isCovered(citizenship)) {
            throw new InvalidFactsException("citizenship", Reason.CITIZENSHIP_NOT_COVERED, citizenship, Citizenships.COVERED);
        }
        if (jurisdiction == Jurisdiction.KG_INTERNAL && citizenship != Country.KG) {
            throw new InvalidFactsException("destination", Reason.KG_INTERNAL_FOREIGNER);
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date)); // stable: same-day events keep their order
        events = List.copyOf(sorted);
        validate(events);
        if (jurisdiction != Jurisdiction.TR) {
            for (Event e : events) {
                if (e.authorisation() == org.corridor.law.regime.AuthorisationKind.RESIDENCE) {
                    throw new InvalidFactsException("event " + e, Reason.RESIDENCE_OUTSIDE_TURKEY);
                }
            }
        }
    }

    public static Facts of(Country citizenship, Jurisdiction jurisdiction, Event... events) {
        return new Facts(citizenship, jurisdiction, List.of(events));
    }

    /** A copy with one more event. */
    public Facts with(Event event) {
        List<Event> more = new ArrayList<>(events);
        more.add(event);
        return new Facts(citizenship, jurisdiction, more, occupation);
    }

    private static void validate(List<Event> events) {
        LocalDate enteredOn = null;
        for (Event e : events) {
            String field = "event " + e;
            e.validateValue("event " + e);
            switch (e.kind()) {
                case ENTRY -> {
                    if (enteredOn != null) {
                        throw new InvalidFactsException(field, Reason.OVERLAPPING_STAYS, enteredOn);
                    }
                    enteredOn = e.date();
                }
                case EXIT, EXPULSION -> {
                    if (enteredOn == null) {
                        throw new InvalidFactsException(field, Reason.EXIT_BEFORE_ENTRY, e.kind());
                    }
                    enteredOn = null;
                }
                default -> {
                    if (enteredOn == null && !e.kind().allowedAbroad()) {
                        throw new InvalidFactsException(field, Reason.OUTSIDE_STAY);
                    }
                }
            }
        }
    }
}
