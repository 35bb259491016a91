package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * The monthly payment that keeps a patent alive (002:2716-2717, 003:834) or a Kazakh household permit
 * valid (002:8342-8343). The patent is valid for the months paid; the next payment is due by the last
 * paid day, and the amount is the one in force for the coming month, by region and year. A patent
 * paid up to its maximum term (003:741) cannot be paid further: it must be re-issued by its last day.
 * Before the patent is issued, the first month is paid with the application: that is the advance the
 * work-authorisation obligation lists, not a payment of its own.
 */
public final class PatentPaymentRule implements StayRule {
    /** The monthly payment keeping a patent or permit valid (an advance payment of personal income tax). */
    public static final Key<Money> MONTHLY_FEE = Key.money("work.monthly_fee");
    /** Months a patent can be kept alive by payments before it must be issued anew. */
    public static final Key<Integer> MAX_PAID_MONTHS = Key.number("work.max_months", Unit.MONTHS);

    /** The terms of the obligation when the next step is a re-issue, not a payment. */
    static final String REISSUE = "reissue";

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Authorisation a = ctx.work;
        if (a != null && a.paidMonthly()) {
            issued(ctx, focus, a, out);
        }
    }

    private static void issued(StayContext ctx, boolean focus, Authorisation a, Findings out) {
        LocalDate due = a.validUntil();
        ObligationState state = a.lapsed() ? ObligationState.MISSED : ctx.stateBy(due, null);
        if (a.lapsed() && ctx.stay.ongoing()) {
            // not an offence in itself: what follows (unauthorised work, overstay) is
            out.conditions.add(StatusCondition.AUTHORISATION_LAPSED);
        }
        if (focus) {
            out.obligations.add(obligation(ctx, a.issuedOn(), due, state, due.plusDays(1), a.reachedMaximum() ? REISSUE : "1 month"));
        }
    }

    private static Obligation obligation(StayContext ctx, LocalDate trigger, LocalDate due, ObligationState state, LocalDate feeDay,
                                         String terms) {
        Rules atFeeDay = ctx.rulesOn(feeDay);
        Rules feeRules = atFeeDay.has(MONTHLY_FEE) ? atFeeDay : ctx.workRules;
        List<Cost> costs = feeRules.has(MONTHLY_FEE) && !REISSUE.equals(terms)
                ? List.of(new Cost(CostItem.MONTHLY_PAYMENT, feeRules.value(MONTHLY_FEE), feeRules.get(MONTHLY_FEE).basis())) : List.of();
        return new Obligation(ObligationId.PATENT_PAYMENT, trigger, due, state, null, terms, costs,
                ctx.consequencesOn(feeRules).authorisationAnnulled, feeRules.get(MONTHLY_FEE).basis());
    }

    /** Whether the regime's authorisation is kept alive by monthly payments: a patent, or a Kazakh permit with a fee. */
    static boolean paidMonthly(Rules rules, AuthorisationKind kind) {
        return rules.has(MONTHLY_FEE) && (kind == AuthorisationKind.PATENT || rules.value(WorkAuthorisationRule.AUTHORISATION) == AuthorisationKind.PERMIT);
    }
}
