package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.StayLimit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * How long the person may stay: three months for a visitor, in any six months in Russia from 2014
 * (002:4043-4047)
 * and in each calendar year from 2025 (115-FZ art. 5(1) as amended by 260-FZ), extended by a valid patent or permit, or by an EAEU worker's contract; the visa-free days in Turkey
 * (002:9473-9476). Days present that no lawful interval covers, up to and including the exit day,
 * are overstay; the obligation's due date is the end of the lawful run that matters now.
 */
public final class StayLimitRule implements StayRule {
    public static final Key<StayLimit> LIMIT = Key.stayLimit("stay.limit");
    /** An EAEU worker's stay lasts as long as the employment contract (EAEU Treaty art. 97(9)). */
    public static final Key<Boolean> FOLLOWS_CONTRACT = Key.flag("stay.follows_contract");
    public static final Key<MoneyRange> FINE = Key.fine("fine.overstay");
    public static final Column FINE_MIN = Column.min(FINE);
    public static final Column FINE_MAX = Column.max(FINE);
    /** The days a first stay may last (the shorter of the total and the continuous limit); NaN where no limit. */
    public static final Column FIRST_STAY_DAYS = Column.of(LIMIT, "stay.limit.first_stay_days", StayLimit::firstStayDays);
    /** The days in total within the window. */
    public static final Column DAYS = Column.of(LIMIT, "stay.limit.days", StayLimit::days);
    /** The window's {@link StayLimit.Window} ordinal: per entry, rolling or calendar year. */
    public static final Column WINDOW = Column.of(LIMIT, "stay.limit.window", l -> l.window().ordinal());
    /** The rolling window's length in days, 0 for the other windows. */
    public static final Column WINDOW_DAYS = Column.of(LIMIT, "stay.limit.window_days", StayLimit::windowDays);

    /**
     * The last legal day of a visitor who enters on {@code entryDay} after one earlier stay in the
     * same country from {@code earlierFrom} to {@code earlierTo} (epoch days; {@code earlierFrom}
     * negative for none): the planner's own counting, for the simulation, whose agents remember their
     * last stay only. Before {@code entryDay} where the earlier stay used up the days.
     */
    public static long visitorLastDay(StayLimit limit, long entryDay, long earlierFrom, long earlierTo) {
        return Presence.single(earlierFrom, earlierTo).lastLegalDay(LocalDate.ofEpochDay(entryDay), limit).toEpochDay();
    }

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
        List<Basis> basis = extended ? ctx.consequences.stayLimitExtendedBasis : rules.get(LIMIT).basis();
        int overstay = ctx.overstayDays();
        ObligationState state;
        if (ctx.stay.planned()) {
            state = ObligationState.PENDING;
        } else if (overstay > 0) {
            state = ObligationState.MISSED;
            boolean ongoing = ctx.overstayingNow();
            out.violations.add(new Violation(ViolationKind.OVERSTAY, ctx.firstOverstayDay(), overstay, ongoing, "", ifMissed, basis));
            if (ongoing) {
                out.conditions.add(StatusCondition.OVERSTAY);
            }
        } else {
            state = ctx.stay.exit() != null ? ObligationState.MET : ObligationState.PENDING;
        }
        if (focus) {
            boolean contract = ctx.workRules.requires(FOLLOWS_CONTRACT) && !ctx.workPeriods.isEmpty();
            String terms = contract ? "contract" : ctx.consequences.stayLimitTerms;
            // where earlier stays used up the visitor days, the limit follows from them, not from this entry
            LocalDate trigger = due != null && due.isBefore(ctx.stay.entry()) ? due : ctx.stay.entry();
            out.obligations.add(new Obligation(ObligationId.STAY_LIMIT, trigger, due, state, ctx.stay.exit(), terms, List.of(),
                    ifMissed, basis));
        }
    }
}
