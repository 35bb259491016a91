package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
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
public final class WorkAuthorisationRule implements StayRule {
    public static final Key<AuthorisationKind> AUTHORISATION = Key.choice("work.authorisation", AuthorisationKind.class,
            WorkAuthorisationRule::regime);
    public static final Key<Boolean> QUOTA = Key.flag("work.quota");
    /** Days after entry to apply; absent where it is due only before work starts. */
    public static final Key<Deadline> APPLY_WITHIN = Key.deadline("work.apply_within");
    /** Days from applying to the decision (a Russian patent; a Turkish residence permit by appointment). */
    public static final Key<Deadline> DECISION_WITHIN = Key.deadline("work.decision_within");
    /** Before 2015 the state duty on a work permit; from 2015 the patent package as a source quotes it, until itemised prices replace it. */
    public static final Key<Money> UPFRONT_COST = Key.money("work.upfront_cost");
    /** The state duty on issuing the patent or permit, where it is not part of {@link #UPFRONT_COST}. */
    public static final Key<Money> DUTY = Key.money("work.duty");
    /** The price of the medical tests that go with the application. */
    public static final Key<Money> MEDICAL_COST = Key.money("work.medical_cost");
    /** The price of the health insurance policy that goes with the application. */
    public static final Key<Money> INSURANCE_COST = Key.money("work.insurance_cost");
    /** The price of the exam in Russian language, history and law. */
    public static final Key<Money> EXAM_COST = Key.money("work.exam_cost");
    /** Months a permit runs once issued (a patent runs month by month on its payments). */
    public static final Key<Integer> PERMIT_MONTHS = Key.number("work.permit_months", Unit.MONTHS);
    public static final Key<Boolean> EXAM = Key.flag("work.exam");
    /** Whether the exam may be taken only at a state institution on the government's list. */
    public static final Key<Boolean> EXAM_STATE_ONLY = Key.flag("work.exam_state_only");
    /** Whether the exam is taken only on a computer, recorded on video. */
    public static final Key<Boolean> EXAM_COMPUTER = Key.flag("work.exam_computer");
    public static final Key<Boolean> MEDICAL = Key.flag("work.medical");
    public static final Key<Boolean> INSURANCE = Key.flag("work.insurance");
    public static final Key<MoneyRange> UNAUTHORISED_WORK_FINE = Key.fine("fine.unauthorised_work");
    public static final Key<MoneyRange> LATE_APPLICATION_FINE = Key.fine("fine.late_application");
    public static final Column UNAUTHORISED_WORK_FINE_MIN = Column.min(UNAUTHORISED_WORK_FINE);
    public static final Column UNAUTHORISED_WORK_FINE_MAX = Column.max(UNAUTHORISED_WORK_FINE);
    public static final Column LATE_APPLICATION_FINE_MIN = Column.min(LATE_APPLICATION_FINE);
    public static final Column LATE_APPLICATION_FINE_MAX = Column.max(LATE_APPLICATION_FINE);
    /**
     * What obtaining work authorisation costs before its monthly payments, in the destination's
     * currency: the package or the duty and the documents' prices the planner lists; NaN where no
     * authorisation is needed or nothing is quantified.
     */
    public static final Column UPFRONT_TOTAL = Column.derived("work.upfront_total", r -> {
        if (!needsAuthorisation(r)) {
            return Double.NaN;
        }
        double sum = 0;
        boolean any = false;
        for (Key<Money> k : List.of(UPFRONT_COST, DUTY, MEDICAL_COST, INSURANCE_COST, EXAM_COST)) {
            if (r.has(k)) {
                sum += r.value(k).amount().doubleValue();
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    });
    /** 1 where a worker of this citizenship needs work authorisation, else 0. */
    public static final Column REQUIRED = Column.derived("work.authorisation.required", r -> needsAuthorisation(r) ? 1 : 0);

    /** Whether a worker needs authorisation under these rules. */
    public static boolean needsAuthorisation(Rules rules) {
        Sourced<AuthorisationKind> kind = rules.get(AUTHORISATION);
        return kind.present() && kind.value().required();
    }

    private static AuthorisationKind regime(String key) {
        AuthorisationKind kind = AuthorisationKind.parse(key);
        if (!kind.isWorkRegime()) {
            throw new IllegalArgumentException("'" + key + "' is not a work-authorisation regime");
        }
        return kind;
    }

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.workRules;
        Sourced<AuthorisationKind> regime = rules.get(AUTHORISATION);
        if (!regime.present()) {
            return;
        }
        LocalDate entry = ctx.stay.entry();
        if (!regime.value().required() || !ctx.intendsToWork()) {
            if (focus) {
                out.obligations.add(new Obligation(ObligationId.WORK_AUTHORISATION, entry, entry, ObligationState.NOT_REQUIRED, null,
                        regime.value().key(), List.of(), Consequence.NONE, regime.basis()));
            }
            return;
        }
        RuleConsequences consequences = ctx.workConsequences;
        LocalDate due = due(ctx);
        AuthorisationKind kind = ctx.work != null ? ctx.work.kind() : regime.value();
        boolean monthlyCost = costIsFirstMonth(regime.value(), kind);
        List<Basis> basis = monthlyCost ? consequences.workBasisMonthly : consequences.workBasisUpfront;
        Optional<LocalDate> applied = ctx.appliedOn();
        ObligationState state = ctx.stateBy(due, applied.orElse(null));
        if (state == ObligationState.MISSED && rules.has(APPLY_WITHIN)) {
            // the breach is missing the deadline (art. 18.20), whether the person applies late or not at all
            LocalDate end = applied.orElse(ctx.lastDayPresent());
            boolean ongoing = applied.isEmpty() && ctx.stay.ongoing();
            int days = (int) (end.toEpochDay() - due.toEpochDay());
            out.violations.add(new Violation(ViolationKind.APPLICATION_DEADLINE_MISSED, due.plusDays(1), days, ongoing, kind.key(),
                    consequences.lateApplication, basis));
        }
        unauthorisedWork(ctx, out);
        if (!focus) {
            return;
        }
        out.obligations.add(new Obligation(ObligationId.WORK_AUTHORISATION, entry, due, state, applied.orElse(null), kind.key(),
                costs(rules, kind, monthlyCost), consequences.workMissed, basis));
        // the documents go with the application, so a late application carries them to its own date
        LocalDate documentsDue = applied.filter(a -> a.isAfter(due)).orElse(due);
        document(ctx, ObligationId.MEDICAL_TESTS, rules.get(MEDICAL), EventKind.MEDICAL, documentsDue, consequences.medicalRefused,
                cost(CostItem.MEDICAL_TESTS, rules.get(MEDICAL_COST)), "", out);
        document(ctx, ObligationId.HEALTH_INSURANCE, rules.get(INSURANCE), EventKind.INSURANCE, documentsDue,
                consequences.insuranceRefused, cost(CostItem.INSURANCE, rules.get(INSURANCE_COST)), "", out);
        document(ctx, ObligationId.EXAM, rules.get(EXAM), EventKind.EXAM, documentsDue, consequences.examRefused,
                cost(CostItem.EXAM, rules.get(EXAM_COST)), examTerms(rules), out);
    }

    /**
     * The application deadline, or the day work starts, or the end of the visitor's stay (at the
     * latest the entry day, where earlier stays used up the visitor days).
     */
    static LocalDate due(StayContext ctx) {
        Sourced<Deadline> within = ctx.workRules.get(APPLY_WITHIN);
        if (within.present()) {
            return within.value().dueAfter(ctx.stay.entry(), ctx.holidays());
        }
        if (!ctx.workPeriods.isEmpty()) {
            return ctx.workPeriods.get(0)[0];
        }
        LocalDate visitorEnd = ctx.visitorLastLegalDay;
        return visitorEnd == null || visitorEnd.isBefore(ctx.stay.entry()) ? ctx.stay.entry() : visitorEnd;
    }

    /**
     * What the authorisation itself costs, item by item, under the law in force when work starts: the
     * package a source quotes, or the state duty; and, for a patent or permit paid month by month,
     * the first month's payment, made before it is issued. The tests, insurance and exam are costs of
     * their own obligations.
     */
    private static List<Cost> costs(Rules rules, AuthorisationKind kind, boolean firstMonthOnly) {
        Cost[] costs = new Cost[3];
        int n = 0;
        if (!firstMonthOnly) {
            n = add(costs, n, CostItem.PACKAGE, rules.get(UPFRONT_COST));
            n = add(costs, n, CostItem.STATE_DUTY, rules.get(DUTY));
        }
        if (firstMonthOnly || PatentPaymentRule.paidMonthly(rules, kind)) {
            n = add(costs, n, CostItem.ADVANCE_PAYMENT, rules.get(PatentPaymentRule.MONTHLY_FEE));
        }
        return n == 0 ? List.of() : List.of(java.util.Arrays.copyOf(costs, n));
    }

    private static int add(Cost[] costs, int n, CostItem item, Sourced<Money> amount) {
        if (amount.present()) {
            costs[n++] = new Cost(item, amount.value(), amount.basis());
        }
        return n;
    }

    /** Where and how the exam is taken: {@code state-institution}, {@code state-institution-computer}, or empty. */
    private static String examTerms(Rules rules) {
        if (!rules.requires(EXAM_STATE_ONLY)) {
            return "";
        }
        return rules.requires(EXAM_COMPUTER) ? "state-institution-computer" : "state-institution";
    }

    private static List<Cost> cost(CostItem item, Sourced<Money> amount) {
        return amount.present() ? List.of(new Cost(item, amount.value(), amount.basis())) : List.of();
    }

    /**
     * Whether the cost quoted is the first month's payment: the 2010 patent cost only that (003:834);
     * where the person has not said which of patent or permit they seek, the cheaper patent is quoted.
     */
    private static boolean costIsFirstMonth(AuthorisationKind regime, AuthorisationKind kind) {
        return kind != AuthorisationKind.PERMIT && regime == AuthorisationKind.PATENT_OR_PERMIT;
    }

    /**
     * A document that goes with the application, due with it. An authorisation issued shows the
     * documents were presented with its application, recorded or not.
     */
    private static void document(StayContext ctx, ObligationId id, Sourced<Boolean> rule, EventKind kind, LocalDate due,
                                 Consequence refused, List<Cost> costs, String terms, Findings out) {
        if (!rule.present() || !rule.value()) {
            return;
        }
        LocalDate doneOn = ctx.firstOf(kind).map(Event::date).or(ctx::documentsPresentedOn).orElse(null);
        out.obligations.add(new Obligation(id, ctx.stay.entry(), due, ctx.stateBy(due, doneOn), doneOn, terms, costs, refused,
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
            out.violations.add(new Violation(ViolationKind.UNAUTHORISED_WORK, gaps.get(0)[0], days, ongoing, "", c,
                    ctx.workRules.get(AUTHORISATION).basis()));
            if (ongoing) {
                out.conditions.add(StatusCondition.UNAUTHORISED_WORK);
            }
        }
    }

    /** The parts of [first, last] on which no authorisation is valid, in order. */
    static List<LocalDate[]> uncovered(LocalDate first, LocalDate last, List<Authorisation> authorisations) {
        List<LocalDate[]> gaps = new ArrayList<>(2);
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
