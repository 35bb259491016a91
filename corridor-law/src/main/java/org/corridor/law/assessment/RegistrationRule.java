package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * Registration at the place of stay within the deadline after entry: 7 working days in Russia
 * (003:816), 15 days for Tajik citizens (002:4042-4043), 5 days in Kazakhstan (002:7931-7937),
 * and 30 days for EAEU citizens (EAEU Treaty art. 97(5)); for a Kyrgyz internal migrant who stays
 * more than 45 days, 5 working days after arriving (002:7193-7196). A person who leaves before the
 * deadline need not register.
 *
 * <p>Where only longer stays need registration (Kyrgyzstan's "plan to stay more than 45 days"), the
 * duty turns on a plan the planner does not ask about, and not on the purpose of the move: a stay
 * that lasted more than the threshold needed registration from arrival; one that ended within it did
 * not; one still within it is told the deadline, and missing it is recorded as a violation only once
 * the stay passes the threshold.
 */
public final class RegistrationRule implements StayRule {
    /** The deadline after entry; {@code "not required"} where the jurisdiction asks none of this citizenship. */
    public static final Key<Deadline> DEADLINE = Key.deadline("registration.deadline");
    /** Registration is needed only for stays longer than this (Kyrgyz internal registration). */
    public static final Key<Integer> MIN_STAY_DAYS = Key.number("registration.min_stay_days", Unit.DAYS);
    /** The services that depend on registration (Kyrgyzstan, 002:7420-7447). */
    public static final Key<List<String>> GATES = Key.texts("registration.gates");
    public static final Key<MoneyRange> FINE = Key.fine("fine.registration");
    /** The state duty on registration, where one is charged. */
    public static final Key<Money> DUTY = Key.money("registration.duty");
    public static final Column FINE_MIN = Column.min(FINE);
    public static final Column FINE_MAX = Column.max(FINE);

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.rules;
        Sourced<Deadline> registration = rules.get(DEADLINE);
        if (registration.basis().isEmpty()) {
            return; // the jurisdiction has no registration rule at all
        }
        LocalDate entry = ctx.stay.entry();
        if (!registration.present()) {
            if (focus) {
                out.obligations.add(new Obligation(ObligationId.REGISTRATION, entry, entry, ObligationState.NOT_REQUIRED, null, "",
                        List.of(), Consequence.NONE, registration.basis()));
            }
            return;
        }
        Deadline deadline = registration.value();
        LocalDate trigger = ctx.stay.entry();
        LocalDate due = deadline.dueAfter(trigger, ctx.holidays());
        int minStay = rules.orElse(MIN_STAY_DAYS, 0);
        List<Basis> basis = ctx.consequences.registrationBasis;
        Consequence ifMissed = ctx.consequences.registrationMissed;
        Optional<Event> registered = ctx.firstOf(EventKind.REGISTRATION);
        LocalDate doneOn = registered.map(Event::date).orElse(null);
        ObligationState state = ctx.stateBy(due, doneOn);
        boolean longStay = minStay == 0 || stayedLongerThan(ctx, minStay);
        if (minStay > 0 && doneOn == null && ctx.stay.exit() != null && !longStay) {
            state = ObligationState.NOT_REQUIRED; // the stay ended within the threshold
        }
        if (state == ObligationState.MISSED && longStay) {
            LocalDate end = doneOn != null ? doneOn : ctx.lastDayPresent();
            boolean ongoing = doneOn == null && ctx.stay.ongoing();
            out.violations.add(new Violation(ViolationKind.REGISTRATION_DEADLINE_MISSED, due.plusDays(1),
                    (int) (end.toEpochDay() - due.toEpochDay()), ongoing, "", ifMissed, basis));
            if (ongoing) {
                out.conditions.add(StatusCondition.UNREGISTERED);
            }
        }
        if (focus) {
            out.obligations.add(new Obligation(ObligationId.REGISTRATION, trigger, due, state, doneOn, ctx.consequences.registrationTerms,
                    costs(ctx, rules),
                    ifMissed, basis));
        }
    }

    /** The duty, charged from September 2025, except to the Moscow region's Amina experiment, which registers through its app. */
    private static List<Cost> costs(StayContext ctx, Rules rules) {
        Sourced<Money> duty = rules.get(DUTY);
        if (!duty.present() || AminaRule.applies(ctx)) {
            return List.of();
        }
        return List.of(new Cost(CostItem.STATE_DUTY, duty.value(), duty.basis()));
    }

    /** Whether the stay, up to its exit or the day asked about, lasted more than {@code days} days (arrival day included). */
    private static boolean stayedLongerThan(StayContext ctx, int days) {
        LocalDate last = ctx.lastDayPresent();
        return last != null && last.toEpochDay() - ctx.stay.entry().toEpochDay() + 1 > days;
    }
}
