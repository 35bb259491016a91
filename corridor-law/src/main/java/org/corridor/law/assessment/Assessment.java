package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.Stay;

/**
 * What the law makes of a person's facts on a date: their status, the obligations of their current
 * (or planned, or last) stay, every violation in their history and every re-entry ban.
 *
 * @param stay the stay the obligations belong to, if any
 * @param ignoredLaterEvents events dated after {@code asOf}, which have not happened yet and were ignored
 * @param notices what the law of the focus stay tells the person beyond obligations and violations
 * @param review how current the law applied is, and the proposed changes that would touch the person
 */
public record Assessment(Facts facts, LocalDate asOf, Status status, Optional<Stay> stay, List<Obligation> obligations,
                         List<Violation> violations, List<Ban> bans, List<Notice> notices, int ignoredLaterEvents, ReviewNote review) {
    public Assessment {
        obligations = List.copyOf(obligations);
        notices = List.copyOf(notices);
        violations = List.copyOf(violations);
        bans = List.copyOf(bans);
    }

    public Optional<Obligation> obligation(ObligationId id) {
        for (Obligation o : obligations) {
            if (o.id() == id) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public List<Ban> activeBans() {
        return bans.stream().filter(b -> b.activeOn(asOf)).toList();
    }
}
