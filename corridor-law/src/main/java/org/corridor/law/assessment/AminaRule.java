package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * Moscow and Moscow oblast's experiment of 2025-2029 (Federal Law 121-FZ of 23.05.2025): a visa-free
 * foreigner who comes to work registers through the Amina app at the address of the Sakharovo
 * migration centre, reports a change of address within three working days and keeps location data
 * flowing; more than three working days without it removes the person from registration and enters
 * them in the register of controlled persons. Participants pay no registration duty.
 */
public final class AminaRule implements StayRule {
    /** The app through which registration and location are reported; absent outside the experiment. */
    public static final Key<String> APP = Key.text("registration.app");
    /** The time to report a change of address through the app. */
    public static final Key<Deadline> ADDRESS_CHANGE_WITHIN = Key.deadline("registration.address_change_within");
    /** The longest gap in location data before registration is withdrawn. */
    public static final Key<Deadline> LOCATION_GAP = Key.deadline("registration.location_gap");

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus || !applies(ctx)) {
            return;
        }
        Rules at = ctx.rulesOn(day(ctx));
        LocalDate start = at.get(APP).basis().get(0).since();
        out.notices.add(new Notice(NoticeKind.AMINA, ctx.stay.entry().isAfter(start) ? ctx.stay.entry() : start,
                List.of(at.value(APP), String.valueOf(at.value(ADDRESS_CHANGE_WITHIN)), String.valueOf(at.value(LOCATION_GAP))),
                Basis.join(at.get(APP).basis(), at.get(ADDRESS_CHANGE_WITHIN).basis(), at.get(LOCATION_GAP).basis())));
    }

    /** Whether the experiment covers this stay: the app in force where the person is, and the person there to work. */
    static boolean applies(StayContext ctx) {
        return ctx.intendsToWork() && ctx.rulesOn(day(ctx)).has(APP);
    }

    /** The day whose law decides: the entry of a planned stay, else the as-of date or the exit. */
    private static LocalDate day(StayContext ctx) {
        if (ctx.stay.planned()) {
            return ctx.stay.entry();
        }
        return ctx.lastDayPresent();
    }
}
