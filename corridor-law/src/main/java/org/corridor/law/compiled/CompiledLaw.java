package org.corridor.law.compiled;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.money.Money;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Penalty;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * The law as plain numbers for the simulation: for every jurisdiction, covered citizenship and month,
 * the value of every {@link Field}, read from the same {@link Rules} the planner assesses with, so the
 * simulation never re-implements a rule. The law in force on the first day of a month governs the
 * whole month.
 *
 * <p>Stored as one {@code double} column per field over slots numbered
 * {@code ((jurisdiction * citizenships) + citizenship) * months + month}; immutable once built.
 */
public final class CompiledLaw {
    private static final List<Country> CITIZENSHIPS = Citizenships.COVERED;
    private static final Field[] FIELDS = Field.values();

    private final YearMonth first;
    private final int months;
    private final double[][] columns;
    /** The overstay ban scale of each slot, read with {@link BanStep#monthsFor}, as the planner does. */
    private final List<List<BanStep>> banScales;

    private CompiledLaw(YearMonth first, int months) {
        this.first = first;
        this.months = months;
        int slots = Jurisdiction.values().length * CITIZENSHIPS.size() * months;
        this.columns = new double[FIELDS.length][slots];
        this.banScales = new java.util.ArrayList<>(java.util.Collections.nCopies(slots, List.of()));
    }

    /** Compiles the law for every month from {@code from} to {@code to}, both included. */
    public static CompiledLaw compile(RuleBook book, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last month " + to + " precedes the first " + from);
        }
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        CompiledLaw law = new CompiledLaw(from, months);
        for (Jurisdiction j : Jurisdiction.values()) {
            for (Country c : CITIZENSHIPS) {
                for (int m = 0; m < months; m++) {
                    LocalDate day = from.plusMonths(m).atDay(1);
                    law.fill(law.slot(j, c, m), book.rules(j, c, day));
                }
            }
        }
        return law;
    }

    public YearMonth firstMonth() {
        return first;
    }

    public int months() {
        return months;
    }

    /** The slot of a jurisdiction, citizenship and month index (0 = {@link #firstMonth()}). */
    public int slot(Jurisdiction j, Country citizenship, int monthIndex) {
        int c = CITIZENSHIPS.indexOf(citizenship);
        if (c < 0) {
            throw new IllegalArgumentException("citizenship " + citizenship + " is not covered");
        }
        if (monthIndex < 0 || monthIndex >= months) {
            throw new IndexOutOfBoundsException("month index " + monthIndex + " outside 0.." + (months - 1));
        }
        return (j.ordinal() * CITIZENSHIPS.size() + c) * months + monthIndex;
    }

    public int slot(Jurisdiction j, Country citizenship, YearMonth month) {
        return slot(j, citizenship, (int) ChronoUnit.MONTHS.between(first, month));
    }

    public double value(Field field, int slot) {
        return columns[field.ordinal()][slot];
    }

    public boolean flag(Field field, int slot) {
        return columns[field.ordinal()][slot] != 0;
    }

    /** The whole column of a field, for loops over slots. Do not modify. */
    public double[] column(Field field) {
        return columns[field.ordinal()];
    }

    /** The months of re-entry ban that {@code overstayDays} of overstay bring, or 0. */
    public int overstayBanMonths(int slot, int overstayDays) {
        return BanStep.monthsFor(banScales.get(slot), overstayDays);
    }

    /** The currency of money fields for a jurisdiction. */
    public static Currency currency(Jurisdiction j) {
        return Currency.getInstance(switch (j.country()) {
            case RU -> "RUB";
            case KZ -> "KZT";
            case TR -> "TRY";
            default -> "KGS";
        });
    }

    private void set(Field f, int slot, double v) {
        columns[f.ordinal()][slot] = v;
    }

    private static double flag(Sourced<Boolean> s) {
        return s.present() && s.value() ? 1 : 0;
    }

    private static double money(Sourced<Money> s) {
        return s.present() ? s.value().amount().doubleValue() : 0;
    }

    private static double number(Sourced<Integer> s, double absent) {
        return s.present() ? s.value() : absent;
    }

    private void fill(int slot, Rules r) {
        set(Field.HOME, slot, r.home() ? 1 : 0);
        set(Field.VISA_REQUIRED, slot, r.visaFree().present() && !r.visaFree().value() ? 1 : 0);
        set(Field.MIGRATION_CARD, slot, flag(r.migrationCard()));
        set(Field.FOREIGN_PASSPORT, slot, flag(r.foreignPassport()));
        Deadline reg = r.registration().value();
        set(Field.REGISTRATION_DEADLINE, slot, reg == null ? -1 : reg.amount());
        set(Field.REGISTRATION_IN_WORKING_DAYS, slot, reg != null && reg.unit() == Deadline.Unit.WORKING_DAYS ? 1 : 0);
        set(Field.REGISTRATION_CALENDAR_DAYS, slot, reg == null ? -1 : reg.approximateCalendarDays());
        set(Field.REGISTRATION_MIN_STAY_DAYS, slot, number(r.registrationMinStayDays(), 0));
        set(Field.STAY_DAYS, slot, r.stayLimit().present() ? r.stayLimit().value().days() : -1);
        set(Field.STAY_WINDOW_DAYS, slot, r.stayLimit().present() ? r.stayLimit().value().windowDays() : 0);
        set(Field.STAY_FOLLOWS_CONTRACT, slot, flag(r.stayFollowsContract()));
        AuthorisationKind kind = r.workAuthorisation().orElse(AuthorisationKind.NONE);
        set(Field.WORK_AUTHORISATION_REQUIRED, slot, kind.required() ? 1 : 0);
        set(Field.WORK_AUTHORISATION_KIND, slot, kind.ordinal());
        set(Field.WORK_QUOTA, slot, flag(r.workQuota()));
        Deadline apply = r.applyWithin().value();
        set(Field.APPLY_WITHIN_DAYS, slot, apply == null ? -1 : apply.approximateCalendarDays());
        Deadline decision = r.decisionWithin().value();
        set(Field.DECISION_WITHIN_DAYS, slot, decision == null ? -1 : decision.approximateCalendarDays());
        set(Field.PERMIT_MONTHS, slot, number(r.permitMonths(), 0));
        set(Field.MAX_PAID_MONTHS, slot, number(r.maxPaidMonths(), 0));
        set(Field.UPFRONT_COST, slot, money(r.upfrontCost()));
        set(Field.MONTHLY_FEE, slot, money(r.monthlyFee()));
        set(Field.EXAM, slot, flag(r.exam()));
        set(Field.MEDICAL, slot, flag(r.medical()));
        set(Field.INSURANCE, slot, flag(r.insurance()));
        set(Field.RESIDENCE_PERMIT, slot, flag(r.residencePermit()));
        List<BanStep> steps = r.overstayBans().orElse(List.of());
        if (steps.size() > Field.MAX_BAN_STEPS) {
            throw new IllegalStateException("a ban scale of " + steps.size() + " steps exceeds the compiled view's " + Field.MAX_BAN_STEPS);
        }
        set(Field.OVERSTAY_BAN_STEPS, slot, steps.size());
        banScales.set(slot, steps);
        for (int s = 0; s < steps.size(); s++) {
            columns[Field.OVERSTAY_BAN_OVER_DAYS_1.ordinal() + 2 * s][slot] = steps.get(s).overDays();
            columns[Field.OVERSTAY_BAN_MONTHS_1.ordinal() + 2 * s][slot] = steps.get(s).months();
        }
        set(Field.OVERSTAY_BAN_DISCRETIONARY, slot, flag(r.overstayBanDiscretionary()));
        set(Field.EXPULSION_BAN_MONTHS, slot, 12 * number(r.expulsionBanYears(), 0));
        set(Field.FORGERY_BAN_MONTHS, slot, 12 * number(r.forgeryBanYears(), 0));
        set(Field.REPEAT_OFFENCE_COUNT, slot, number(r.repeatOffenceCount(), 0));
        set(Field.REPEAT_OFFENCE_WINDOW_YEARS, slot, number(r.repeatOffenceWindowYears(), 0));
        set(Field.REPEAT_OFFENCE_BAN_MONTHS, slot, 12 * number(r.repeatOffenceBanYears(), 0));
        fine(slot, r.registrationPenalty(), Field.FINE_REGISTRATION_MIN, Field.FINE_REGISTRATION_MAX);
        fine(slot, r.overstayPenalty(), Field.FINE_OVERSTAY_MIN, Field.FINE_OVERSTAY_MAX);
        set(Field.FINE_OVERSTAY_UNQUANTIFIED, slot, r.overstayPenalty().fineUnquantified() ? 1 : 0);
        fine(slot, r.unauthorisedWorkPenalty(), Field.FINE_UNAUTHORISED_WORK_MIN, Field.FINE_UNAUTHORISED_WORK_MAX);
        fine(slot, r.lateApplicationPenalty(), Field.FINE_LATE_APPLICATION_MIN, Field.FINE_LATE_APPLICATION_MAX);
        fine(slot, r.forgeryPenalty(), Field.FINE_FORGERY_MIN, Field.FINE_FORGERY_MAX);
        set(Field.EXPULSION, slot, r.overstayPenalty().expulsion().ordinal());
    }

    private void fine(int slot, Penalty p, Field min, Field max) {
        set(min, slot, p.fine() == null ? 0 : p.fine().min().doubleValue());
        set(max, slot, p.fine() == null ? 0 : p.fine().max().doubleValue());
    }
}
