package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.Unit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * Russia's regime of expulsion from 5 February 2025 (Federal Law 260-FZ, 115-FZ arts. 31.1-31.2): a
 * foreigner present without a lawful ground to stay (a stay, patent, contract or permit expired; an
 * entry made while banned) is entered in the register of controlled persons, and while listed may not
 * change address without the police's permission, drive, marry, register property or a business, use
 * a bank beyond incoming transfers, obligatory payments and cash of up to 30,000 roubles a month, or
 * have their children admitted to school; they must come when summoned and report where they are and
 * when they will leave, and failing that twice leads to deportation. Leaving Russia, acquiring a lawful
 * ground or the cancellation of the decision ends the listing. Expulsion may be ordered by the police, without a court (Federal Law 248-FZ).
 *
 * <p>The planner cannot know whether the ministry has entered a person, so the status condition
 * {@link StatusCondition#CONTROLLED_PERSONS_REGISTER} says the grounds are met, from the first day of
 * the current unlawful stretch (or from 5 February 2025, when the register began), unless the person
 * recorded being listed ({@link EventKind#REGISTER_LISTED}) or removed ({@link EventKind#REGISTER_REMOVED}).
 * The 2025 amnesty (Presidential Decree No. 1126 of 30.12.2024, to 10 September 2025) let a listed
 * person regularise without leaving; an {@link EventKind#AMNESTY} application within it makes the stay
 * lawful, as {@link StayContext} works out.
 */
public final class ControlledPersonsRule implements StayRule {
    /** Whether the register of controlled persons and the regime of expulsion are in force. */
    public static final Key<Boolean> REGISTER = Key.flag("register.in_force");
    /** What a listed person may not do, as keys the planner explains. */
    public static final Key<List<String>> RESTRICTIONS = Key.texts("register.restrictions");
    /** The most cash a listed person may withdraw from a bank a month. */
    public static final Key<Money> CASH_LIMIT = Key.money("register.cash_limit");
    /** What a listed person must do while listed, as keys the planner explains. */
    public static final Key<List<String>> DUTIES = Key.texts("register.duties");
    /** How often a listed person must report where they are, in days. */
    public static final Key<Integer> REPORT_EVERY_DAYS = Key.number("register.report_every_days", Unit.DAYS);
    /** How many failures to meet the duties lead to deportation and detention. */
    public static final Key<Integer> BREACHES_TO_DEPORTATION = Key.number("register.breaches_to_deportation", Unit.COUNT);
    /** How a person leaves the register, as keys the planner explains. */
    public static final Key<List<String>> REMOVAL_GROUNDS = Key.texts("register.removal_grounds");
    /** Where a person can check whether they are listed. */
    public static final Key<List<String>> CHECK_SITES = Key.texts("register.check_sites");
    /** The last day to apply under the amnesty; absent outside it. */
    public static final Key<LocalDate> AMNESTY_UNTIL = Key.date("register.amnesty_until");
    /** Whether the police may order administrative expulsion without a court. */
    public static final Key<Boolean> POLICE_EXPULSION = Key.flag("expulsion.by_police");
    /** How long the police may detain a person pending expulsion, in hours. */
    public static final Key<Integer> DETENTION_HOURS = Key.number("expulsion.detention_hours", Unit.COUNT);
    /** The fine on a citizen who provides a listed person a service the register bars (officials and companies pay more). */
    public static final Key<MoneyRange> SERVICE_FINE = Key.fine("fine.serving_controlled_person");
    public static final Column SERVICE_FINE_MIN = Column.min(SERVICE_FINE);
    public static final Column SERVICE_FINE_MAX = Column.max(SERVICE_FINE);

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus || !ctx.stay.ongoing()) {
            return; // the register concerns people in Russia; leaving ends the listing
        }
        Rules now = ctx.rulesOn(ctx.asOf);
        boolean irregular = out.conditions.contains(StatusCondition.OVERSTAY) || out.conditions.contains(StatusCondition.ENTERED_DURING_BAN);
        if (irregular && now.requires(POLICE_EXPULSION)) {
            out.notices.add(new Notice(NoticeKind.POLICE_EXPULSION, inForceSince(now, POLICE_EXPULSION),
                    List.of(String.valueOf(now.orElse(DETENTION_HOURS, 0))),
                    Basis.join(now.get(POLICE_EXPULSION).basis(), now.get(DETENTION_HOURS).basis())));
        }
        LocalDate amnestyUntil = now.has(AMNESTY_UNTIL) && !ctx.asOf.isAfter(now.value(AMNESTY_UNTIL)) ? now.value(AMNESTY_UNTIL) : null;
        if (irregular && amnestyUntil != null && !ctx.stay.has(EventKind.AMNESTY)) {
            out.notices.add(new Notice(NoticeKind.AMNESTY_OPEN, inForceSince(now, AMNESTY_UNTIL), List.of(amnestyUntil.toString()),
                    now.get(AMNESTY_UNTIL).basis()));
        }
        if (!now.requires(REGISTER)) {
            return;
        }
        LocalDate since = null;
        boolean listed = false;
        Event lastListed = last(ctx, EventKind.REGISTER_LISTED);
        Event lastRemoved = last(ctx, EventKind.REGISTER_REMOVED);
        if (lastListed != null && (lastRemoved == null || lastRemoved.date().isBefore(lastListed.date()))) {
            since = lastListed.date();
            listed = true;
        } else if (irregular) {
            LocalDate start = out.conditions.contains(StatusCondition.ENTERED_DURING_BAN) ? ctx.stay.entry() : ctx.lastLegalDay.plusDays(1);
            LocalDate registerStart = inForceSince(now, REGISTER);
            since = start.isBefore(registerStart) ? registerStart : start;
            if (lastRemoved != null && !lastRemoved.date().isBefore(since)) {
                since = lastRemoved.date().plusDays(1); // removed, yet still without a lawful ground: the grounds are met again
            }
        }
        if (since == null || since.isAfter(ctx.asOf)) {
            return;
        }
        out.conditions.add(StatusCondition.CONTROLLED_PERSONS_REGISTER);
        Sourced<Money> cash = now.get(CASH_LIMIT);
        out.register = new RegisterListing(since, listed, now.orElse(RESTRICTIONS, List.of()), cash.value(),
                now.orElse(DUTIES, List.of()), now.orElse(REPORT_EVERY_DAYS, 0), now.orElse(BREACHES_TO_DEPORTATION, 0),
                now.orElse(REMOVAL_GROUNDS, List.of()), now.orElse(CHECK_SITES, List.of()), amnestyUntil,
                Basis.join(now.get(REGISTER).basis(), now.get(RESTRICTIONS).basis(), cash.basis(), now.get(DUTIES).basis(),
                        now.get(REPORT_EVERY_DAYS).basis(), now.get(BREACHES_TO_DEPORTATION).basis(), now.get(REMOVAL_GROUNDS).basis(),
                        now.get(CHECK_SITES).basis()));
    }

    /** The day the value in force now took effect: the date its basis names. */
    private static LocalDate inForceSince(Rules rules, Key<?> key) {
        return rules.get(key).basis().get(0).since();
    }

    private static Event last(StayContext ctx, EventKind kind) {
        List<Event> all = ctx.stay.all(kind);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
