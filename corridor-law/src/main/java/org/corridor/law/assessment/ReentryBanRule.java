package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;

/**
 * Re-entry bans that start when a stay ends, under the law in force that day: overstaying more than
 * 30, 180 or 270 days bans entry for 3, 5 or 10 years (114-FZ art. 27(1)(12)-(14)); administrative
 * expulsion or deportation for 5 years (003:800, 002:3499-3500); forged documents for 5 years plus a
 * fine (003:818). Also flags an entry made while a ban was running: border checks against the
 * database are not universal (004:57).
 */
final class ReentryBanRule implements StayRule {
    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        for (Ban ban : List.copyOf(out.bans)) {
            if (ban.mandatory() && !ctx.stay.planned() && ban.activeOn(ctx.stay.entry())) {
                // one violation per entry, naming the first ban it broke
                Consequence c = new Consequence(null, List.of(), 0, true, "entered-while-banned", List.of(), ban.basis());
                out.violations.add(new Violation("entry-during-ban", ctx.stay.entry(), 0, ctx.stay.ongoing(), ban.reason(), c, ban.basis()));
                if (ctx.stay.ongoing()) {
                    out.conditions.add("entered-during-ban");
                }
                break;
            }
        }
        forgery(ctx, out);
        if (ctx.stay.planned() || ctx.stay.exit() == null) {
            return;
        }
        LocalDate exit = ctx.stay.exit();
        Rules atExit = ctx.rulesOn(exit);
        overstayBan(ctx.overstayDays(), exit, atExit, ctx.consequencesOn(atExit).overstayBanBasis, out);
        if (ctx.stay.expelled()) {
            int months = 12 * atExit.expulsionBanYears().orElse(0);
            Consequence c = new Consequence(null, List.of(), months, true, "", List.of(), atExit.expulsionBanYears().basis());
            out.violations.add(new Violation("expulsion", exit, 0, false, "", c, atExit.expulsionBanYears().basis()));
            if (months > 0) {
                out.bans.add(Ban.starting(exit, months, "expulsion", true, atExit.expulsionBanYears().basis()));
            }
        }
        if (!ctx.stay.all(EventKind.FORGERY).isEmpty() && atExit.forgeryBanYears().present()) {
            out.bans.add(Ban.starting(exit, 12 * atExit.forgeryBanYears().value(), "forged-document", true, atExit.forgeryBanYears().basis()));
        }
    }

    private static void overstayBan(int overstayDays, LocalDate exit, Rules atExit, List<Basis> basis, Findings out) {
        if (overstayDays <= 0 || !atExit.overstayBans().present()) {
            return;
        }
        int months = BanStep.monthsFor(atExit.overstayBans().value(), overstayDays);
        if (months > 0) {
            boolean mandatory = !atExit.requires(atExit.overstayBanDiscretionary());
            out.bans.add(Ban.starting(exit, months, "overstay", mandatory, basis));
        }
    }

    private static void forgery(StayContext ctx, Findings out) {
        for (Event e : ctx.stay.all(EventKind.FORGERY)) {
            Rules at = ctx.rulesOn(e.date());
            Consequence c = new Consequence(at.forgeryPenalty(), List.of(), 12 * at.forgeryBanYears().orElse(0), true, "",
                    List.of(), Basis.join(at.forgeryPenalty().basis(), at.forgeryBanYears().basis()));
            out.violations.add(new Violation("forged-document", e.date(), 0, false, "", c, c.basis()));
        }
    }
}
