package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Sourced;

/**
 * The documents needed at the border: a visa where the destination requires one (Turkey for
 * Uzbek and Tajik citizens before 2007, 002:9473-9476), the migration card filled in on entry,
 * stating the purpose (002:4040-4042), and a foreign passport for Tajik citizens entering Russia
 * from 2015 (003:757). A recorded entry shows they were presented; the planner lists them as
 * pending before a planned entry.
 */
public final class EntryDocumentsRule implements StayRule {
    public static final Key<Boolean> VISA_FREE = Key.flag("entry.visa_free");
    public static final Key<Boolean> MIGRATION_CARD = Key.flag("entry.migration_card");
    public static final Key<Boolean> FOREIGN_PASSPORT = Key.flag("entry.foreign_passport");
    /** 1 where entry needs a visa, 0 where it is visa-free or the destination sets no rule. */
    public static final Column VISA_REQUIRED = Column.derived("entry.visa_required",
            r -> r.has(VISA_FREE) && !r.value(VISA_FREE) ? 1 : 0);

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus) {
            return;
        }
        RuleConsequences c = ctx.consequences;
        document(ctx, ObligationId.VISA, c.visaRequired, Optional.empty(), "", c.visaRefused, out);
        document(ctx, ObligationId.MIGRATION_CARD, ctx.rules.get(MIGRATION_CARD), Optional.empty(), ctx.stay.purpose().word(),
                c.migrationCardRefused, out);
        document(ctx, ObligationId.FOREIGN_PASSPORT, ctx.rules.get(FOREIGN_PASSPORT), ctx.firstOf(EventKind.PASSPORT), "",
                c.passportRefused, out);
    }

    private static void document(StayContext ctx, ObligationId id, Sourced<Boolean> rule, Optional<Event> done, String terms,
                                 Consequence refused, Findings out) {
        if (!rule.present() || !rule.value()) {
            return;
        }
        List<Basis> basis = rule.basis();
        ObligationState state;
        LocalDate doneOn;
        if (done.isPresent() && !done.get().date().isAfter(ctx.stay.entry())) {
            state = ObligationState.MET;
            doneOn = done.get().date();
        } else if (!ctx.stay.planned()) {
            state = ObligationState.MET; // the border let the person in, so it was presented
            doneOn = ctx.stay.entry();
        } else {
            state = ObligationState.PENDING;
            doneOn = null;
        }
        out.obligations.add(new Obligation(id, ctx.stay.entry(), ctx.stay.entry(), state, doneOn, terms, List.of(), refused, basis));
    }
}
