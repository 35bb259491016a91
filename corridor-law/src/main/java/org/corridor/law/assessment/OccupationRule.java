package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * Regional bans on occupations for patent holders: a governor may bar foreign workers on a patent
 * from taxi driving, courier work, shops and other activities (115-FZ art. 18.1(6)); EAEU citizens,
 * who need no patent, are not affected. Where the person names their occupation and the region bars
 * it, the plan says the patent cannot cover that job there; where the region's bans are not in the
 * law data (Russia's other regions), it says so.
 */
public final class OccupationRule implements StayRule {
    /** The occupations the planner knows, as keys. */
    public static final Key<List<String>> OCCUPATIONS = Key.texts("work.occupations");
    /** The occupations a region bars patent holders from; {@code all} bars every one. */
    public static final Key<List<String>> BANNED = Key.texts("work.banned_occupations");
    /** The key of a ban on every occupation. */
    static final String ALL = "all";

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        String occupation = ctx.history.occupation();
        if (!focus || occupation == null || ctx.stay.exit() != null) {
            return;
        }
        Rules at = ctx.rulesOn(ctx.stay.planned() ? ctx.stay.entry() : ctx.asOf);
        if (at.orElse(WorkAuthorisationRule.AUTHORISATION, AuthorisationKind.NONE) != AuthorisationKind.PATENT || !at.has(OCCUPATIONS)) {
            return; // only a patent is limited to some occupations
        }
        Sourced<List<String>> banned = at.get(BANNED);
        if (!banned.present()) {
            out.notices.add(new Notice(NoticeKind.OCCUPATION_NOT_COVERED, ctx.asOf, List.of(occupation), at.get(OCCUPATIONS).basis()));
            return;
        }
        if (banned.value().contains(occupation) || banned.value().contains(ALL)) {
            LocalDate since = banned.basis().get(0).since();
            out.notices.add(new Notice(NoticeKind.OCCUPATION_BANNED, since, List.of(occupation), Basis.join(banned.basis())));
        }
    }

    /**
     * Checks that an occupation is one the law knows on the day asked about.
     *
     * @throws InvalidFactsException naming the field {@code occupation}
     */
    static void check(RuleBook book, org.corridor.law.fact.Facts facts, LocalDate asOf) {
        if (facts.occupation() == null) {
            return;
        }
        Rules at = book.rules(facts.jurisdiction(), facts.citizenship(), asOf);
        List<String> known = at.orElse(OCCUPATIONS, List.of());
        if (known.isEmpty()) {
            throw new InvalidFactsException("occupation", InvalidFactsException.Reason.OCCUPATION_ONLY_IN_RUSSIA,
                    facts.jurisdiction().englishName());
        }
        if (!known.contains(facts.occupation())) {
            throw new InvalidFactsException("occupation", InvalidFactsException.Reason.UNKNOWN_OCCUPATION, facts.occupation(),
                    String.join(", ", known));
        }
    }
}
