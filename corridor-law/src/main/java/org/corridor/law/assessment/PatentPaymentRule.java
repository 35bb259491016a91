package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Rules;

/**
 * The monthly payment that keeps a patent alive (002:2716-2717, 003:834) or a Kazakh household permit
 * valid (002:8342). The patent is valid for the months paid; the next payment is due by the last paid
 * day, and the amount is the one in force for the coming month, by region and year. Before the patent
 * is issued, the first month is paid with the application.
 */
final class PatentPaymentRule implements StayRule {
    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Authorisation a = ctx.work;
        if (a != null && a.paidMonthly()) {
            issued(ctx, focus, a, out);
        } else if (focus && a == null && expectsPaidAuthorisation(ctx)) {
            LocalDate due = WorkAuthorisationRule.due(ctx);
            ObligationState state = ctx.stay.planned() || !ctx.asOf.isAfter(due) ? ObligationState.PENDING : ObligationState.MISSED;
            if (state == ObligationState.MISSED && ctx.stay.exit() != null && !ctx.stay.exit().isAfter(due)) {
                state = ObligationState.NOT_REQUIRED;
            }
            out.obligations.add(obligation(ctx, ctx.stay.entry(), due, state, due));
        }
    }

    private static void issued(StayContext ctx, boolean focus, Authorisation a, Findings out) {
        LocalDate nextDue = a.validUntil();
        ObligationState state;
        if (a.lapsed()) {
            // not an offence in itself: what follows (unauthorised work, overstay) is
            state = ObligationState.MISSED;
            if (ctx.stay.ongoing()) {
                out.conditions.add("authorisation-lapsed");
            }
        } else if (ctx.stay.exit() != null && !ctx.stay.exit().isAfter(nextDue)) {
            state = ObligationState.MET; // paid through to the end of the stay
        } else {
            state = ObligationState.PENDING;
        }
        if (focus) {
            LocalDate feeDay = a.validUntil().plusDays(1);
            out.obligations.add(obligation(ctx, a.issuedOn(), nextDue, state, feeDay));
        }
    }

    private static Obligation obligation(StayContext ctx, LocalDate trigger, LocalDate due, ObligationState state, LocalDate feeDay) {
        Rules atFeeDay = ctx.rulesOn(feeDay);
        Rules feeRules = atFeeDay.monthlyFee().present() ? atFeeDay : ctx.rules;
        List<Money> costs = feeRules.monthlyFee().present() ? List.of(feeRules.monthlyFee().value()) : List.of();
        return new Obligation("patent-payment", trigger, due, state, null, "1 month", costs,
                ctx.consequencesOn(feeRules).authorisationAnnulled, feeRules.monthlyFee().basis());
    }

    private static boolean expectsPaidAuthorisation(StayContext ctx) {
        Rules rules = ctx.rules;
        AuthorisationKind kind = rules.workAuthorisation().orElse(AuthorisationKind.NONE);
        return rules.needsWorkAuthorisation() && ctx.intendsToWork() && rules.monthlyFee().present()
                && (kind == AuthorisationKind.PATENT || kind == AuthorisationKind.PATENT_OR_PERMIT || kind == AuthorisationKind.PERMIT);
    }
}
