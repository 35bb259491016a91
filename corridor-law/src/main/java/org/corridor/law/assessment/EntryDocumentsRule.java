package org.corridor.law.assessment;

import java.util.List;
import java.util.Optional;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Sourced;

/**
 * The documents needed at the border: a visa where the destination requires one (Turkey for
 * Uzbek and Tajik citizens before 2007, 002:9473-9476), the migration card filled in on entry,
 * stating the purpose (002:4040-4042), and a foreign passport for Tajik citizens entering Russia
 * from 2015 (003:757). A recorded entry shows they were presented; the planner lists them as
 * pending before a planned entry.
 */
final class EntryDocumentsRule implements StayRule {
    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus) {
            return;
        }
        Sourced<Boolean> visaFree = ctx.rules.visaFree();
        Sourced<Boolean> visa = visaFree.present() ? new Sourced<>(!visaFree.value(), visaFree.basis()) : Sourced.absent();
        RuleConsequences c = ctx.consequences;
        document(ctx, "visa", visa, Optional.empty(), "", c.visaRefused, out);
        document(ctx, "migration-card", ctx.rules.migrationCard(), Optional.empty(), ctx.stay.purpose().word(), c.migrationCardRefused, out);
        document(ctx, "foreign-passport", ctx.rules.foreignPassport(), ctx.firstOf(EventKind.PASSPORT), "", c.passportRefused, out);
    }

    private static void document(StayContext ctx, String id, Sourced<Boolean> rule, Optional<Event> done, String terms,
                                 Consequence refused, Findings out) {
        if (!rule.present()) {
            return;
        }
        if (!rule.value()) {
            return;
        }
        List<Basis> basis = rule.basis();
        ObligationState state;
        java.time.LocalDate doneOn;
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
