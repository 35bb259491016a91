package org.corridor.law.advice;

import java.util.List;
import java.util.Set;
import org.corridor.law.place.Country;

/**
 * Advice for one situation a person can be in: what to do now, in order, and what not to do. One
 * situation often shows in several ways (a missed registration is a missed step, a violation and a
 * condition of the status): it lists every trigger, so that the planner gives its advice once.
 *
 * @param now what to do first, in one short sentence
 * @param destination the destination it applies in, or null for every one
 * @param citizenship whose citizens it applies to
 */
public record Situation(String id, List<Trigger> when, Words now, Country destination, Set<Country> citizenship, List<AdviceStep> steps, List<Caution> avoid) {
    public Situation {
        when = List.copyOf(when);
        citizenship = Set.copyOf(citizenship);
        steps = List.copyOf(steps);
        avoid = List.copyOf(avoid);
    }

    /** Whether this advice answers {@code t} for a citizen of {@code citizen} in {@code destinationCountry}. */
    public boolean appliesTo(Trigger t, Country destinationCountry, Country citizen) {
        return when.stream().anyMatch(w -> answers(w, t)) && (destination == null || destination == destinationCountry) && citizenship.contains(citizen);
    }

    private static boolean answers(Trigger when, Trigger t) {
        return when instanceof Trigger.Banned b && t instanceof Trigger.Banned other
                ? other.reason().map(b::covers).orElse(b.reason().isEmpty())
                : when.equals(t);
    }
}
