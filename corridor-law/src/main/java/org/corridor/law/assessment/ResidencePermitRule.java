package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * Turkey: staying beyond the visa-free period, or working, needs a residence permit, applied for by
 * appointment before the visa-free days run out (002:10031-10038), as the law on foreigners
 * requires (Law 6458 art. 19). A work permit also serves as one.
 */
public final class ResidencePermitRule implements StayRule {
    public static final Key<Boolean> REQUIRED = Key.flag("residence.permit_required");

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        Rules rules = ctx.rules;
        if (!focus || !rules.requires(REQUIRED) || ctx.visitorLastLegalDay == null) {
            return;
        }
        LocalDate due = ctx.visitorLastLegalDay;
        LocalDate last = ctx.lastDayPresent();
        boolean needed = ctx.intendsToWork() || (last != null && last.isAfter(due));
        LocalDate applied = ctx.residenceAppliedOn();
        ObligationState state = needed ? ctx.stateBy(due, applied)
                : ctx.stay.exit() != null ? ObligationState.NOT_REQUIRED : ctx.stateBy(due, applied);
        Consequence ifMissed = ctx.consequences.residenceMissed;
        LocalDate trigger = due.isBefore(ctx.stay.entry()) ? due : ctx.stay.entry();
        out.obligations.add(new Obligation(ObligationId.RESIDENCE_PERMIT, trigger, due, state, applied, "", List.of(), ifMissed,
                rules.get(REQUIRED).basis()));
    }
}
