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
        LocalDate trigger = trigger(ctx, rules);
        LocalDate due = deadline.dueAfter(trigger, ctx.holidays());
        List<Basis> basis = ctx.consequences.registrationBasis;
        Consequence ifMissed = ctx.consequences.registrationMissed;
        Optional<Event> registered = ctx.firstOf(EventKind.REGISTRATION);
        LocalDate doneOn = registered.map(Event::date).orElse(null);
        ObligationState state = ctx.stateBy(due, doneOn);
        if (state == ObligationState.MISSED) {
            LocalDate end = doneOn != null ? doneOn : ctx.lastDayPresent();
            boolean ongoing = doneOn == null && ctx.stay.ongoing();
            out.violations.add(new Violation(VIOLATION, due.plusDays(1), (int) (end.toEpochDay() - due.toEpochDay()), ongoing, "",
                    ifMissed, basis));
            if (ongoing) {
                out.conditions.add("unregistered");
            }
        }
        if (focus) {
            out.obligations.add(new Obligation("registration", trigger, due, state, doneOn, deadline.toString(), List.of(), ifMissed, basis));
        }
    }

    /**
     * What the deadline counts from: the entry; but where only stays longer than a threshold need
     * registration (Kyrgyzstan's 45 days), a visitor's deadline counts from the day the stay passes it,
     * while someone who moved to work is taken to plan a long stay from the start.
     */
    private static LocalDate trigger(StayContext ctx, Rules rules) {
        int minStay = rules.registrationMinStayDays().orElse(0);
        if (minStay == 0 || ctx.stay.purpose() == Purpose.WORK) {
            return ctx.stay.entry();
        }
        return ctx.stay.entry().plusDays(minStay);
    }
}
