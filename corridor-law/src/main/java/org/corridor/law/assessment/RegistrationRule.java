package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Purpose;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;

/**
 * Registration at the place of stay within the deadline after entry: 7 working days in Russia
 * (003:816), 15 days for Tajik citizens (002:4042-4043), 5 days in Kazakhstan (002:7931-7937),
 * and 30 days for EAEU citizens (EAEU Treaty art. 97(5)); for a Kyrgyz internal migrant who stays
 * more than 45 days, 5 working days (002:7193-7196). A person who leaves before the deadline need
 * not register.
 */
final class RegistrationRule implements StayRule {
    /** Registering late and not registering at all are the same breach, ongoing in the second case. */
    static final String VIOLATION = "registration-deadline-missed";

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.rules;
        if (rules.registration().basis().isEmpty()) {
            return; // the jurisdiction has no registration rule at all
        }
        LocalDate entry = ctx.stay.entry();
        if (!rules.registration().present()) {
            if (focus) {
                out.obligations.add(new Obligation("registration", entry, entry, ObligationState.NOT_REQUIRED, null, "",
                        List.of(), Consequence.NONE, rules.registration().basis()));
            }
            return;
        }
        Deadline deadline = rules.registration().value();
        LocalDate due = deadline.dueAfter(entry, ctx.holidays);
        List<Basis> basis = ctx.consequences.registrationBasis;
        int minStay = rules.registrationMinStayDays().orElse(0);
        Consequence ifMissed = ctx.consequences.registrationMissed;

        Optional<Event> registered = ctx.firstOf(EventKind.REGISTRATION);
        LocalDate last = ctx.lastDayPresent();
        ObligationState state;
        LocalDate doneOn = registered.map(Event::date).orElse(null);
        if (registered.isPresent()) {
            state = registered.get().date().isAfter(due) ? ObligationState.MISSED : ObligationState.MET;
            if (state == ObligationState.MISSED) {
                int days = (int) (registered.get().date().toEpochDay() - due.toEpochDay());
                out.violations.add(new Violation(VIOLATION, due.plusDays(1), days, false, "", ifMissed, basis));
            }
        } else if (ctx.stay.planned() || !ctx.asOf.isAfter(due)) {
            state = ObligationState.PENDING;
        } else if (ctx.stay.exit() != null && !ctx.stay.exit().isAfter(due)) {
            state = ObligationState.NOT_REQUIRED; // left before the deadline
        } else if (minStay > 0 && !longStay(ctx, minStay)) {
            // an internal migrant who came to visit need register only once the stay passes the threshold
            state = ctx.stay.exit() != null ? ObligationState.NOT_REQUIRED : ObligationState.PENDING;
        } else {
            state = ObligationState.MISSED;
            int days = (int) (last.toEpochDay() - due.toEpochDay());
            boolean ongoing = ctx.stay.ongoing();
            out.violations.add(new Violation(VIOLATION, due.plusDays(1), days, ongoing, "", ifMissed, basis));
            if (ongoing) {
                out.conditions.add("unregistered");
            }
        }
        if (focus) {
            out.obligations.add(new Obligation("registration", entry, due, state, doneOn, deadline.toString(), List.of(), ifMissed, basis));
        }
    }

    /** Whether the stay counts as longer than {@code minStay} days: a work move is, a visit once it lasts that long. */
    private static boolean longStay(StayContext ctx, int minStay) {
        if (ctx.stay.purpose() == Purpose.WORK) {
            return true;
        }
        LocalDate last = ctx.lastDayPresent();
        return last != null && last.toEpochDay() - ctx.stay.entry().toEpochDay() + 1 > minStay;
    }

}
