package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.money.Money;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * Work authorisation and the documents that go with the application.
 * <ul>
 *   <li>Before July 2010 in Russia, a work permit under quota, obtained through the employer before
 *       starting work (003:198, 003:739-741, 003:822).</li>
 *   <li>July 2010 to 2014, also a patent for work for private individuals at 1,000 RUB a month (003:834).</li>
 *   <li>From 2015, a patent for every CIS visa-free worker, applied for within 30 days of entry
 *       (002:2711-2713, 002:4048-4049), with medical tests, health insurance (002:1581-1584) and the
 *       exam in Russian language, history and law (003:725-729, 002:1547-1550).</li>
 *   <li>Nothing for EAEU citizens (002:7849-7851).</li>
 * </ul>
 * Where the law sets no application deadline, the authorisation is due before work starts: on the
 * contract start, or else by the last day of the visitor's stay. The law in force when work starts
 * decides which regime applies.
 */
final class WorkAuthorisationRule implements StayRule {
    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.workRules;
        if (!rules.workAuthorisation().present()) {
            return;
        }
        LocalDate entry = ctx.stay.entry();
        if (!rules.needsWorkAuthorisation() || !ctx.intendsToWork()) {
            if (focus) {
                out.obligations.add(new Obligation("work-authorisation", entry, entry, ObligationState.NOT_REQUIRED, null,
                        rules.workAuthorisation().value().key(), List.of(), Consequence.NONE, rules.workAuthorisation().basis()));
            }
            return;
        }
        RuleConsequences consequences = ctx.workConsequences;
        LocalDate due = due(ctx);
        String kind = ctx.work != null ? ctx.work.kind() : rules.workAuthorisation().value().key();
        boolean monthlyCost = costIsFirstMonth(rules, kind);
        List<Basis> basis = monthlyCost ? consequences.workBasisMonthly : consequences.workBasisUpfront;
        Optional<LocalDate> applied = ctx.appliedOn();
        ObligationState state = ctx.stateBy(due, applied.orElse(null));
        if (state == ObligationState.MISSED && rules.applyWithin().present()) {
            // the breach is missing the deadline (art. 18.20), whether the person applies late or not at all
            LocalDate end = applied.orElse(ctx.lastDayPresent());
            boolean ongoing = applied.isEmpty() && ctx.stay.ongoing();
            int days = (int) (end.toEpochDay() - due.toEpochDay());
            out.violations.add(new Violation("application-deadline-missed", due.plusDays(1), days, ongoing, kind,
                    consequences.lateApplication, basis));
        }
        unauthorisedWork(ctx, out);
        if (!focus) {
            return;
        }
        Sourced<Money> cost = monthlyCost ? rules.monthlyFee() : rules.upfrontCost();
        out.obligations.add(new Obligation("work-authorisation", entry, due, state, applied.orElse(null), kind,
                cost.present() ? List.of(cost.value()) : List.of(), consequences.workMissed, basis));
        // the documents go with the application, so a late application carries them to its own date
        LocalDate documentsDue = applied.filter(a -> a.isAfter(due)).orElse(due);
        document(ctx, "medical-tests", rules.medical(), EventKind.MEDICAL, documentsDue, consequences.medicalRefused, out);
        document(ctx, "health-insurance", rules.insurance(), EventKind.INSURANCE, documentsDue, consequences.insuranceRefused, out);
        document(ctx, "exam", rules.exam(), EventKind.EXAM, documentsDue, consequences.examRefused, out);
    }

    /**
     * The application deadline, or the day work starts, or the end of the visitor's stay (at the
     * latest the entry day, where earlier stays used up the visitor days).
     */
    static LocalDate due(StayContext ctx) {
        Rules rules = ctx.workRules;
        if (rules.applyWithin().present()) {
            return rules.applyWithin().value().dueAfter(ctx.stay.entry(), ctx.holidays());
        }
        if (!ctx.workPeriods.isEmpty()) {
            return ctx.workPeriods.get(0)[0];
        }
        LocalDate visitorEnd = ctx.visitorLastLegalDay;
        return visitorEnd == null || visitorEnd.isBefore(ctx.stay.entry()) ? ctx.stay.entry() : visitorEnd;
    }

    /**
     * Whether the cost quoted is the first month's payment: the 2010 patent cost only that (003:834);
     * where the person has not said which of patent or permit they seek, the cheaper patent is quoted.
     */
    private static boolean costIsFirstMonth(Rules rules, String kind) {
        return !"permit".equals(kind) && rules.workAuthorisation().value() == AuthorisationKind.PATENT_OR_PERMIT;
    }

    /**
     * A document that goes with the application, due with it. An authorisation issued shows the
     * documents were presented with its application, recorded or not.
     */
    private static void document(StayContext ctx, String id, Sourced<Boolean> rule, EventKind kind, LocalDate due,
                                 Consequence refused, Findings out) {
        if (!rule.present() || !rule.value()) {
            return;
        }
        LocalDate doneOn = ctx.firstOf(kind).map(Event::date).or(ctx::documentsPresentedOn).orElse(null);
        out.obligations.add(new Obligation(id, ctx.stay.entry(), due, ctx.stateBy(due, doneOn), doneOn, "", List.of(), refused,
                rule.basis()));
    }

    /**
     * Working on days not covered by a valid authorisation: the shadow sector of 002:1537-1545. One
     * violation per work period, from its first uncovered day, counting every uncovered day.
     */
    private static void unauthorisedWork(StayContext ctx, Findings out) {
        Consequence c = ctx.workConsequences.unauthorisedWork;
        for (LocalDate[] period : ctx.workPeriods) {
            List<LocalDate[]> gaps = uncovered(period[0], period[1], ctx.works);
            if (gaps.isEmpty()) {
                continue;
            }
            int days = 0;
            for (LocalDate[] gap : gaps) {
                days += (int) (gap[1].toEpochDay() - gap[0].toEpochDay()) + 1;
            }
            boolean ongoing = ctx.stay.ongoing() && gaps.get(gaps.size() - 1)[1].equals(ctx.asOf);
            out.violations.add(new Violation("unauthorised-work", gaps.get(0)[0], days, ongoing, "", c,
                    ctx.workRules.workAuthorisation().basis()));
            if (ongoing) {
                out.conditions.add("unauthorised-work");
            }
        }
    }

    /** The parts of [first, last] on which no authorisation is valid, in order. */
    static List<LocalDate[]> uncovered(LocalDate first, LocalDate last, List<Authorisation> authorisations) {
        List<LocalDate[]> gaps = new ArrayList<>();
        LocalDate day = first;
        // authorisations come in issue order; one applied for but not issued has no validity
        for (Authorisation a : authorisations) {
            if (a.issuedOn() == null) {
                continue;
            }
            if (day.isAfter(last)) {
                break;
            }
            if (a.validUntil().isBefore(day)) {
                continue;
            }
            if (a.issuedOn().isAfter(day)) {
                LocalDate gapEnd = a.issuedOn().minusDays(1).isBefore(last) ? a.issuedOn().minusDays(1) : last;
                gaps.add(new LocalDate[] {day, gapEnd});
            }
            day = a.validUntil().plusDays(1);
        }
        if (!day.isAfter(last)) {
            gaps.add(new LocalDate[] {day, last});
        }
        return gaps;
    }
}
