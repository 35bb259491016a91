package org.corridor.app.web.runs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.law.reform.Reform;
import org.corridor.sim.scenario.Scenario;

/**
 * The lab's main levers, each a change to a bundled scenario from one month on: the same kinds of
 * change a scenario file makes (a law reform, an environment series multiplied), built in code.
 *
 * @param patentPriceMultiplier the monthly patent payment in every Russian region, times this (1: as in the law)
 * @param banRegisterReach the share of Russian re-entry bans recorded in the register the border
 *     checks, times this (0: no register, 1: as it was; the share is capped at every ban)
 * @param roubleDevaluationPercent the dollar costs this many per cent more roubles (0: as it was;
 *     negative: a stronger rouble); wages in Russia are paid in roubles, so they are worth less in dollars
 * @param from the first month the changes apply
 */
public record Levers(double patentPriceMultiplier, double banRegisterReach, double roubleDevaluationPercent, YearMonth from) {
    /** The month of the 2015 reform, when the patent became the work authorisation of every visa-free worker. */
    public static final YearMonth DEFAULT_FROM = YearMonth.of(2015, 1);
    public static final Levers NONE = new Levers(1, 1, 0, DEFAULT_FROM);
    /** The parameters of the monthly patent payment: the federal minimum and the two capitals' own amounts. */
    static final List<String> PATENT_FEES = List.of("ru.work.monthly_fee", "ru.work.monthly_fee.mow", "ru.work.monthly_fee.spe");
    static final String BAN_REGISTER = "ban_register.RU";
    static final String ROUBLES_PER_DOLLAR = "fx.RUB";

    /** True when no lever moves, so the run is its scenario as bundled. */
    public boolean none() {
        return patentPriceMultiplier == 1 && banRegisterReach == 1 && roubleDevaluationPercent == 0;
    }

    /** The base scenario with the levers' changes added after its own. */
    public Scenario applyTo(Scenario base) {
        if (none()) {
            return base;
        }
        String reason = "lab levers: " + describe();
        List<Reform> law = new ArrayList<>(base.law());
        if (patentPriceMultiplier != 1) {
            for (String fee : PATENT_FEES) {
                law.add(new Reform(fee, from.atDay(1), new Reform.Multiply(patentPriceMultiplier), reason));
            }
        }
        List<Scenario.EnvironmentChange> environment = new ArrayList<>(base.environment());
        if (banRegisterReach != 1) {
            environment.add(new Scenario.EnvironmentChange(BAN_REGISTER, from, banRegisterReach, null));
        }
        if (roubleDevaluationPercent != 0) {
            environment.add(new Scenario.EnvironmentChange(ROUBLES_PER_DOLLAR, from, 1 + roubleDevaluationPercent / 100, null));
        }
        return new Scenario(base.name() + "+levers", base.description() + " Changed in the lab: " + describe() + ".", base.file(),
                base.from(), base.to(), law, base.behaviour(), environment, base.amnesties());
    }

    /** The changes in words, such as "patent price x2, ban register off, rouble -30% from 2015-01". */
    public String describe() {
        if (none()) {
            return "no levers moved";
        }
        List<String> parts = new ArrayList<>();
        if (patentPriceMultiplier != 1) {
            parts.add("patent price x" + number(patentPriceMultiplier));
        }
        if (banRegisterReach != 1) {
            parts.add(banRegisterReach == 0 ? "ban register off" : "ban register reach x" + number(banRegisterReach));
        }
        if (roubleDevaluationPercent != 0) {
            parts.add((roubleDevaluationPercent > 0 ? "rouble devalued: the dollar +" : "rouble stronger: the dollar ")
                    + number(roubleDevaluationPercent) + "% in roubles");
        }
        return String.join(", ", parts) + " from " + from;
    }

    /** A number as a person writes it: 2 rather than 2.0. */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
