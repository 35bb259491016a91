package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Rules;

/**
 * The monthly payment that keeps a patent alive (002:2716-2717, 003:834) or a Kazakh household permit
 * valid (002:8342-8343). The patent is valid for the months paid; the next payment is due by the last
 * paid day, and the amount is the one in force for the coming month, by region and year. A patent
 * paid up to its maximum term (003:741) cannot be paid further: it must be re-issued by its last day.
 * Before the patent is issued, the first month is paid with the application.
 */
final class PatentPaymentRule implements StayRule {
    /** The terms of the obligation when the next step is a re-issue, not a payment. */
    static final String REISSUE = "reissue";

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Authorisation a = ctx.work;
        if (a != null && a.paidMonthly()) {
            issued(ctx, focus, a, out);
        } else if (focus && a == null && expectsPaidAuthorisation(ctx)) {
            LocalDate due = WorkAuthorisationRule.due(ctx);
            // only while it can still be done: a missed application is reported once, as such
            if (ctx.stateBy(due, null) == ObligationState.PENDING) {
                out.obligations.add(obligation(ctx, ctx.stay.entry(), due, ObligationState.PENDING, due, "1 month"));
            }
        }
    }

    private static void issued(StayContext ctx, boolean focus, Authorisation a, Findings out) {
        LocalDate due = a.validUntil();
        ObligationState state = a.lapsed() ? ObligationState.MISSED : ctx.stateBy(due, null);
        if (a.lapsed() && ctx.stay.ongoing()) {
            // not an offence in itself: what follows (unauthorised work, overstay) is
            out.conditions.add("authorisation-lapsed");
        }
        if (focus) {
            out.obligations.add(obligation(ctx, a.issuedOn(), due, state, due.plusDays(1), a.reachedMaximum() ? REISSUE : "1 month"));
        }
    }

    private static Obligation obligation(StayContext ctx, LocalDate trigger, LocalDate due, ObligationState state, LocalDate feeDay,
                                         String terms) {
        Rules atFeeDay = ctx.rulesOn(feeDay);
        Rules feeRules = atFeeDay.monthlyFee().present() ? atFeeDay : ctx.workRules;
        List<Money> costs = feeRules.monthlyFee().present() && !REISSUE.equals(terms) ? List.of(feeRules.monthlyFee().value()) : List.of();
        return new Obligation("patent-payment", trigger, due, state, null, terms, costs,
                ctx.consequencesOn(feeRules).authorisationAnnulled, feeRules.monthlyFee().basis());
    }

    private static boolean expectsPaidAuthorisation(StayContext ctx) {
        Rules rules = ctx.workRules;
        AuthorisationKind kind = rules.workAuthorisation().orElse(AuthorisationKind.NONE);
        return rules.needsWorkAuthorisation() && ctx.intendsToWork() && rules.monthlyFee().present() && kind != AuthorisationKind.NONE;
    }
}
