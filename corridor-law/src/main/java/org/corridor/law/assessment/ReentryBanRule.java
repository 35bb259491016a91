package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Penalty;
import org.corridor.law.regime.Rules;

/**
 * Re-entry bans that start when a stay ends, under the law in force that day: overstaying more than
 * 30, 180 or 270 days bans entry for 3, 5 or 10 years (114-FZ art. 27(1)(12)-(14)); administrative
 * expulsion or deportation for 5 years (003:800, 002:3499-3500); forged documents for 5 years plus a
 * fine (003:818). Also flags an entry made while a ban was running: border checks against the
 * database are not universal (004:57).
 */
public final class ReentryBanRule implements StayRule {
    public static final Key<List<BanStep>> OVERSTAY_BANS = Key.banScale("ban.overstay");
    /** True where the overstay ban "may" be imposed rather than "is" (Russia in 2013). */
    public static final Key<Boolean> OVERSTAY_DISCRETIONARY = Key.flag("ban.overstay_discretionary");
    public static final Key<Integer> EXPULSION_YEARS = Key.number("ban.expulsion_years", Unit.YEARS);
    public static final Key<Integer> FORGERY_YEARS = Key.number("ban.forgery_years", Unit.YEARS);
    public static final Key<MoneyRange> FORGERY_FINE = Key.fine("fine.forgery");
    public static final Key<Penalty.Expulsion> FORGERY_EXPULSION = Key.choice("fine.forgery_expulsion", Penalty.Expulsion.class,
            Penalty.Expulsion::parse);
    public static final Column FORGERY_FINE_MIN = Column.min(FORGERY_FINE);
    public static final Column FORGERY_FINE_MAX = Column.max(FORGERY_FINE);
    public static final Column EXPULSION_BAN_MONTHS = Column.of(EXPULSION_YEARS, "ban.expulsion_months", y -> 12 * y);
    public static final Column FORGERY_BAN_MONTHS = Column.of(FORGERY_YEARS, "ban.forgery_months", y -> 12 * y);

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        for (Ban ban : List.copyOf(out.bans)) {
            if (ban.mandatory() && !ctx.stay.planned() && ban.activeOn(ctx.stay.entry())) {
                // one violation per entry, naming the first ban it broke
                Consequence c = new Consequence(null, List.of(), 0, true, Effect.ENTERED_WHILE_BANNED, List.of(), ban.basis());
                out.violations.add(new Violation(ViolationKind.ENTRY_DURING_BAN, ctx.stay.entry(), 0, ctx.stay.ongoing(), ban.reason().key(),
                        c, ban.basis()));
                if (ctx.stay.ongoing()) {
                    out.conditions.add(StatusCondition.ENTERED_DURING_BAN);
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
            int months = 12 * atExit.orElse(EXPULSION_YEARS, 0);
            List<Basis> basis = atExit.get(EXPULSION_YEARS).basis();
            Consequence c = new Consequence(null, List.of(), months, true, Effect.NONE, List.of(), basis);
            out.violations.add(new Violation(ViolationKind.EXPULSION, exit, 0, false, "", c, basis));
            if (months > 0) {
                out.bans.add(Ban.starting(exit, months, BanReason.EXPULSION, true, basis));
            }
        }
        if (ctx.stay.has(EventKind.FORGERY) && atExit.has(FORGERY_YEARS)) {
            out.bans.add(Ban.starting(exit, 12 * atExit.value(FORGERY_YEARS), BanReason.FORGED_DOCUMENT, true,
                    atExit.get(FORGERY_YEARS).basis()));
        }
    }

    private static void overstayBan(int overstayDays, LocalDate exit, Rules atExit, List<Basis> basis, Findings out) {
        if (overstayDays <= 0 || !atExit.has(OVERSTAY_BANS)) {
            return;
        }
        int months = BanStep.monthsFor(atExit.value(OVERSTAY_BANS), overstayDays);
        if (months > 0) {
            out.bans.add(Ban.starting(exit, months, BanReason.OVERSTAY, !atExit.requires(OVERSTAY_DISCRETIONARY), basis));
        }
    }

    private static void forgery(StayContext ctx, Findings out) {
        for (Event e : ctx.stay.all(EventKind.FORGERY)) {
            Rules at = ctx.rulesOn(e.date());
            Penalty penalty = Penalties.of(at, FORGERY_FINE, FORGERY_EXPULSION);
            List<Basis> basis = Basis.join(penalty.basis(), at.get(FORGERY_YEARS).basis());
            Consequence c = new Consequence(penalty, List.of(), 12 * at.orElse(FORGERY_YEARS, 0), true, Effect.NONE, List.of(), basis);
            out.violations.add(new Violation(ViolationKind.FORGED_DOCUMENT, e.date(), 0, false, "", c, c.basis()));
        }
    }
}
