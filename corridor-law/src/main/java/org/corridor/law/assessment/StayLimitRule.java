package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;

/**
 * How long the person may stay: three months for a visitor, in any six months in Russia from 2014
 * (002:4043-4047), extended by a valid patent or permit, or by an EAEU worker's contract; the
 * visa-free days in Turkey (002:9473-9476). Days present that no lawful interval covers, up to and
 * including the exit day, are overstay; the obligation's due date is the end of the lawful run that
 * matters now.
 */
final class StayLimitRule implements StayRule {
    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.rules;
        if (ctx.visitorLastLegalDay == null) {
            return;
        }
        LocalDate due = ctx.lastLegalDay;
        LocalDate last = ctx.lastDayPresent();
        // fines and bans follow the law in force when the stay ends (or, for a planned stay, when it starts)
        Consequence ifMissed = ctx.consequencesOn(ctx.rulesOn(last != null ? last : ctx.stay.entry())).overstay;
        boolean extended = ctx.lastLegalDay == null || !ctx.lastLegalDay.equals(ctx.visitorLastLegalDay);
        List<Basis> basis = extended ? ctx.consequences.stayLimitExtendedBasis : rules.stayLimit().basis();
        int overstay = ctx.overstayDays();
        ObligationState state;
        if (ctx.stay.planned()) {
            state = ObligationState.PENDING;
        } else if (overstay > 0) {
            state = ObligationState.MISSED;
            boolean ongoing = ctx.overstayingNow();
            out.violations.add(new Violation("overstay", ctx.firstOverstayDay(), overstay, ongoing, "", ifMissed, basis));
            if (ongoing) {
                out.conditions.add("overstay");
            }
        } else {
            state = ctx.stay.exit() != null ? ObligationState.MET : ObligationState.PENDING;
        }
        if (focus) {
            boolean contract = ctx.workRules.requires(ctx.workRules.stayFollowsContract()) && !ctx.workPeriods.isEmpty();
            String terms = contract ? "contract" : ctx.consequences.stayLimitTerms;
            // where earlier stays used up the visitor days, the limit follows from them, not from this entry
            LocalDate trigger = due != null && due.isBefore(ctx.stay.entry()) ? due : ctx.stay.entry();
            out.obligations.add(new Obligation("stay-limit", trigger, due, state, ctx.stay.exit(), terms, List.of(),
                    ifMissed, basis));
        }
    }
}
