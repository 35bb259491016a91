package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;

/**
 * Administrative offences ruled against the person, and the discretionary ban that repeated ones may
 * bring: two or more within three years, entry may be refused for three years from the last
 * (114-FZ art. 26(4)). Only offences recorded as events count; violations the assessment finds are
 * risks until a ruling makes them offences.
 *
 * <p>The rule itself is {@link #banMonths} and {@link #withinWindow}, over plain numbers, so that
 * the simulation applies it to its agents exactly as the planner does here to a history.
 */
public final class OffenceRule {
    public static final Key<Integer> COUNT = Key.number("ban.repeat_offences.count", Unit.COUNT);
    public static final Key<Integer> WINDOW_YEARS = Key.number("ban.repeat_offences.window_years", Unit.YEARS);
    public static final Key<Integer> BAN_YEARS = Key.number("ban.repeat_offences.years", Unit.YEARS);

    private OffenceRule() {
    }

    /**
     * The months of ban an offence brings, given how many offences fall within the law's window
     * ending with it, this one included: the law's ban where there are at least its count, else 0.
     * Any argument {@code NaN} (the rule not in force) gives 0.
     */
    public static int banMonths(int offencesWithinWindow, double count, double banYears) {
        if (!(count >= 1) || !(banYears > 0)) {
            return 0;
        }
        return offencesWithinWindow >= count ? (int) Math.round(12 * banYears) : 0;
    }

    /**
     * Whether an earlier offence, {@code monthsEarlier} months before this one, falls within a window of
     * {@code windowYears}: the window starts on the same day {@code windowYears} years before and
     * excludes it, so by months an offence exactly that many months earlier is outside.
     */
    public static boolean withinWindow(int monthsEarlier, double windowYears) {
        return monthsEarlier >= 0 && monthsEarlier < 12 * windowYears;
    }

    /** The same window by days: an earlier offence on or before the date {@code windowYears} years back is outside. */
    static boolean withinWindow(LocalDate earlier, LocalDate offence, int windowYears) {
        return !earlier.isAfter(offence) && earlier.isAfter(offence.minusYears(windowYears));
    }

    static void apply(List<Stay> stays, RuleBook book, Rules anyRules, Findings out) {
        List<Event> offences = null;
        for (Stay s : stays) {
            if (s.has(EventKind.OFFENCE)) {
                if (offences == null) {
                    offences = new ArrayList<>(4);
                }
                offences.addAll(s.all(EventKind.OFFENCE));
            }
        }
        if (offences == null) {
            return;
        }
        Ban latest = null;
        for (int i = 0; i < offences.size(); i++) {
            Event e = offences.get(i);
            Rules at = book.rules(anyRules.jurisdiction(), anyRules.citizenship(), e.date());
            out.violations.add(new Violation(ViolationKind.ADMINISTRATIVE_OFFENCE, e.date(), 0, false, e.value(), Consequence.NONE,
                    List.of()));
            if (!at.has(COUNT) || !at.has(WINDOW_YEARS) || !at.has(BAN_YEARS)) {
                continue;
            }
            int within = 0;
            for (int k = 0; k <= i; k++) {
                if (withinWindow(offences.get(k).date(), e.date(), at.value(WINDOW_YEARS))) {
                    within++;
                }
            }
            int months = banMonths(within, at.value(COUNT), at.value(BAN_YEARS));
            if (months > 0) {
                latest = Ban.starting(e.date(), months, BanReason.REPEAT_OFFENCES, false,
                        Basis.join(at.get(COUNT).basis(), at.get(WINDOW_YEARS).basis(), at.get(BAN_YEARS).basis()));
            }
        }
        if (latest != null) {
            out.bans.add(latest);
        }
    }
}
