package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.law.calendar.HolidayCalendar;
import org.corridor.law.calendar.Terms;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.History;
import org.corridor.law.fact.Purpose;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.StayLimit;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;

/**
 * One stay with the law that governs it and what follows from its events: how long the person may
 * stay, which authorisations they hold and until when, when they worked.
 *
 * <p>Two laws govern a stay: the law in force on the entry day governs entry, registration and the
 * visitor's stay limit; the law in force on the day work starts governs work authorisation, so a
 * reform in force by then applies, whether it helps (Kyrgyzstan's EAEU accession on 2015-08-12) or
 * not (the 2015 patent). Where no work is recorded, the entry day's law applies, unless a later law,
 * in force by the day asked about (or the exit), lifted the need for authorisation: work not yet
 * begun would begin under it.
 */
final class StayContext {
    final Stay stay;
    final History history;
    final LocalDate asOf;
    final RuleBook book;
    /** The law on the entry day. */
    final Rules rules;
    /** The law on the day work starts, or on the entry day. */
    final Rules workRules;
    /** What the entry-day rules imply. */
    final RuleConsequences consequences;
    /** What the work rules imply. */
    final RuleConsequences workConsequences;
    /** Work periods as [first, last] day pairs, up to the last day present. */
    final List<LocalDate[]> workPeriods;
    /** The last legal day as a visitor (no authorisation), or null where there is no stay limit. */
    final LocalDate visitorLastLegalDay;
    /** The work authorisations (patents or permits) of this stay, in order; an unanswered application last. */
    final List<Authorisation> works;
    /** The latest issued work authorisation, the one whose payments are due now; else the pending application, or null. */
    final Authorisation work;
    /** Turkish residence permits, or the work permits that double as them. */
    final List<Authorisation> residences;
    /** When the stay is lawful, or null where the jurisdiction sets no stay limit. */
    final Coverage coverage;
    /**
     * The last day of the lawful run that matters now (the one covering the last day present, or the
     * one that ended before it), or null while it is open: no stay limit, or an EAEU contract of
     * unknown end.
     */
    final LocalDate lastLegalDay;

    private final Assessor assessor;
    private boolean openContract;
    private Rules lastLookup;
    private Rules previousLookup;

    StayContext(Stay stay, History history, Assessor assessor, Rules rules) {
        this.stay = stay;
        this.history = history;
        this.asOf = history.asOf();
        this.assessor = assessor;
        this.book = assessor.ruleBook();
        this.rules = rules;
        this.consequences = assessor.consequences(rules);
        this.workPeriods = workPeriods();
        this.workRules = workRules();
        this.workConsequences = assessor.consequences(workRules);
        this.visitorLastLegalDay = visitorLastLegalDay();
        // where no work authorisation rule exists (Kyrgyz internal registration), such events mean nothing
        this.works = workRules.has(WorkAuthorisationRule.AUTHORISATION) ? authorisations(false) : List.of();
        this.work = latestIssued(works);
        this.residences = rules.requires(ResidencePermitRule.REQUIRED) ? authorisations(true) : List.of();
        this.coverage = coverage();
        this.lastLegalDay = lastLegalDay();
    }

    private Rules workRules() {
        if (!workPeriods.isEmpty()) {
            return workPeriods.get(0)[0].isAfter(stay.entry()) ? rulesOn(workPeriods.get(0)[0]) : rules;
        }
        if (stay.planned() || !WorkAuthorisationRule.needsAuthorisation(rules)) {
            return rules;
        }
        Rules later = rulesOn(stay.lastDayPresent(asOf));
        return later.has(WorkAuthorisationRule.AUTHORISATION) && !WorkAuthorisationRule.needsAuthorisation(later) ? later : rules;
    }

    HolidayCalendar holidays() {
        return book.holidays(rules.jurisdiction());
    }

    /**
     * The law in force on another day of this stay, for the same person and place. Most days asked
     * about fall in a period already looked up (the law changes a few times a year), so the last
     * two periods found are kept.
     */
    Rules rulesOn(LocalDate day) {
        long d = day.toEpochDay();
        if (rules.inForceOn(d)) {
            return rules;
        }
        if (lastLookup != null && lastLookup.inForceOn(d)) {
            return lastLookup;
        }
        if (previousLookup != null && previousLookup.inForceOn(d)) {
            return previousLookup;
        }
        Rules r = book.rules(rules.jurisdiction(), rules.citizenship(), day);
        previousLookup = lastLookup;
        lastLookup = r;
        return r;
    }

    RuleConsequences consequencesOn(Rules other) {
        return assessor.consequences(other);
    }

    /**
     * Where an obligation due on {@code due} stands, given the day it was done (or null): met if done
     * by then, missed if done later; if not done, pending before the deadline, not required if the
     * person left before it, missed after it.
     */
    ObligationState stateBy(LocalDate due, LocalDate doneOn) {
        if (doneOn != null) {
            return doneOn.isAfter(due) ? ObligationState.MISSED : ObligationState.MET;
        }
        if (stay.planned()) {
            return ObligationState.PENDING;
        }
        if (stay.exit() != null && !stay.exit().isAfter(due)) {
            return ObligationState.NOT_REQUIRED;
        }
        return asOf.isAfter(due) ? ObligationState.MISSED : ObligationState.PENDING;
    }

    /** The last day present so far: the exit day, or the as-of date while there; null for a planned stay. */
    LocalDate lastDayPresent() {
        return stay.planned() ? null : stay.lastDayPresent(asOf);
    }

    boolean intendsToWork() {
        return stay.purpose() == Purpose.WORK || !workPeriods.isEmpty();
    }

    /** Days present that no lawful interval covers, up to and including the exit day (or the as-of date). */
    int overstayDays() {
        LocalDate last = lastDayPresent();
        return coverage == null || last == null ? 0 : coverage.uncoveredDays(stay.entry().toEpochDay(), last.toEpochDay());
    }

    /** The first day of overstay, or null. */
    LocalDate firstOverstayDay() {
        LocalDate last = lastDayPresent();
        return coverage == null || last == null ? null : coverage.firstUncovered(stay.entry().toEpochDay(), last.toEpochDay());
    }

    /** Whether the person is overstaying on the as-of date. */
    boolean overstayingNow() {
        return stay.ongoing() && coverage != null && !coverage.covers(asOf.toEpochDay());
    }

    Optional<Event> firstOf(EventKind kind) {
        return stay.first(kind);
    }

    /** The last day a timely applicant may wait for the decision, or null where the law gives no such time. */
    private LocalDate awaitingDecisionUntil(LocalDate appliedOn) {
        Rules at = rulesOn(appliedOn);
        return at.has(WorkAuthorisationRule.DECISION_WITHIN) ? at.value(WorkAuthorisationRule.DECISION_WITHIN).dueAfter(appliedOn, holidays())
                : null;
    }

    private static Authorisation latestIssued(List<Authorisation> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).issuedOn() != null) {
                return all.get(i);
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The day the person first applied for work authorisation (an issue counts as an application). */
    Optional<LocalDate> appliedOn() {
        return works.isEmpty() ? Optional.empty() : Optional.of(works.get(0).appliedOn());
    }

    /** The application date of the first authorisation that was issued: its documents were presented then. */
    Optional<LocalDate> documentsPresentedOn() {
        for (Authorisation a : works) {
            if (a.issuedOn() != null) {
                return Optional.of(a.appliedOn());
            }
        }
        return Optional.empty();
    }

    /** The day the person first applied for a Turkish residence permit, or null. */
    LocalDate residenceAppliedOn() {
        return residences.isEmpty() ? null : residences.get(0).appliedOn();
    }

    private LocalDate visitorLastLegalDay() {
        if (!rules.has(StayLimitRule.LIMIT)) {
            return null;
        }
        StayLimit limit = rules.value(StayLimitRule.LIMIT);
        if (limit.window() == StayLimit.Window.ENTRY) {
            return stay.entry().plusDays(limit.days() - 1L);
        }
        return Presence.of(history.before(stay)).lastLegalDay(stay.entry(), limit);
    }

    /**
     * Every authorisation of the stay in order, each valid on its own terms; a later one (a re-issued
     * patent) does not cancel the validity an earlier one had. Each issue answers the application
     * made since the previous issue (or is its own application); an application not yet answered
     * appears last, without an issue date.
     */
    private List<Authorisation> authorisations(boolean residencePermit) {
        if (!stay.has(EventKind.AUTHORISATION) && !stay.has(EventKind.APPLICATION)) {
            return List.of();
        }
        List<Event> issued = new ArrayList<>(2);
        List<LocalDate> appliedFor = new ArrayList<>(2);
        Event pending = null;
        List<Event> events = stay.events();
        for (int i = 0, n = events.size(); i < n; i++) {
            Event e = events.get(i);
            // in Turkey a work permit also serves as a residence permit (Law 6458 art. 27)
            if (!residencePermit && e.authorisation() == AuthorisationKind.RESIDENCE) {
                continue;
            }
            if (e.kind() == EventKind.APPLICATION && pending == null) {
                pending = e;
            } else if (e.kind() == EventKind.AUTHORISATION) {
                issued.add(e);
                appliedFor.add(pending != null ? pending.date() : e.date());
                pending = null;
            }
        }
        List<Authorisation> all = new ArrayList<>(issued.size() + 1);
        for (int i = 0; i < issued.size(); i++) {
            Event issue = issued.get(i);
            AuthorisationKind kind = residencePermit ? AuthorisationKind.RESIDENCE : kindOf(issue);
            LocalDate nextIssue = i + 1 < issued.size() ? issued.get(i + 1).date() : null;
            all.add(authorisation(kind, appliedFor.get(i), issue.date(), i == 0, nextIssue, residencePermit));
        }
        if (pending != null) {
            all.add(new Authorisation(residencePermit ? AuthorisationKind.RESIDENCE : kindOf(pending), pending.date(), null, null, false, false,
                    false));
        }
        return all;
    }

    private Authorisation authorisation(AuthorisationKind kind, LocalDate appliedOn, LocalDate issue, boolean first, LocalDate nextIssue,
                                        boolean residencePermit) {
        Rules atIssue = rulesOn(issue);
        boolean paidMonthly = !residencePermit && PatentPaymentRule.paidMonthly(atIssue, kind);
        if (!paidMonthly) {
            if (!atIssue.has(WorkAuthorisationRule.PERMIT_MONTHS)) {
                throw new IllegalStateException("no permit term (work.permit_months) in force on " + issue + " for " + atIssue.jurisdiction());
            }
            return new Authorisation(kind, appliedOn, issue, Terms.lastDay(issue, atIssue.value(WorkAuthorisationRule.PERMIT_MONTHS)), false,
                    false, false);
        }
        return paidAuthorisation(kind, appliedOn, issue, first, nextIssue, atIssue);
    }

    private AuthorisationKind kindOf(Event e) {
        if (e.value() != null) {
            return e.authorisation();
        }
        AuthorisationKind regime = workRules.orElse(WorkAuthorisationRule.AUTHORISATION, AuthorisationKind.NONE);
        return regime == AuthorisationKind.PERMIT ? AuthorisationKind.PERMIT : AuthorisationKind.PATENT;
    }

    /**
     * A patent (or Kazakh permit) is valid for the months paid in advance. It is issued only against
     * the advance payment, so an issue implies at least one month paid. Each payment belongs to one
     * patent: the first patent's advance is what was paid on or before its issue; a re-issued
     * patent's advance is what was paid on its issue day; every other payment keeps alive the patent
     * issued before it and is due by that patent's last paid day; one missed annuls it (115-FZ art.
     * 13.3). A patent cannot run past its maximum term, after which it must be re-issued.
     */
    private Authorisation paidAuthorisation(AuthorisationKind kind, LocalDate appliedOn, LocalDate issue, boolean first, LocalDate nextIssue,
                                            Rules atIssue) {
        int advance = 0;
        List<Event> later = new ArrayList<>(4);
        List<Event> events = stay.events();
        for (int k = 0, n = events.size(); k < n; k++) {
            Event p = events.get(k);
            if (p.kind() != EventKind.PAYMENT) {
                continue;
            }
            boolean isAdvance = first ? !p.date().isAfter(issue) : p.date().equals(issue);
            boolean isLater = p.date().isAfter(issue) && (nextIssue == null || p.date().isBefore(nextIssue));
            if (isAdvance) {
                advance += p.months();
            } else if (isLater) {
                later.add(p);
            }
        }
        int months = Math.max(1, advance);
        LocalDate paidUntil = Terms.lastDay(issue, months);
        boolean late = false;
        for (Event p : later) {
            if (p.date().isAfter(paidUntil)) {
                late = true;
                break;
            }
            months += p.months();
            paidUntil = Terms.lastDay(issue, months);
        }
        LocalDate maxUntil = atIssue.has(PatentPaymentRule.MAX_PAID_MONTHS)
                ? Terms.lastDay(issue, atIssue.value(PatentPaymentRule.MAX_PAID_MONTHS)) : null;
        boolean reachedMax = maxUntil != null && !paidUntil.isBefore(maxUntil);
        if (reachedMax) {
            paidUntil = maxUntil;
        }
        LocalDate lastPresent = stay.planned() ? stay.entry() : stay.lastDayPresent(asOf);
        boolean lapsed = !reachedMax && nextIssue == null && (late || lastPresent.isAfter(paidUntil));
        return new Authorisation(kind, appliedOn, issue, paidUntil, lapsed, true, reachedMax);
    }

    private List<LocalDate[]> workPeriods() {
        if (!stay.has(EventKind.CONTRACT_START)) {
            return List.of();
        }
        List<LocalDate[]> periods = new ArrayList<>(2);
        LocalDate start = null;
        for (Event e : stay.events()) {
            if (e.kind() == EventKind.CONTRACT_START && start == null) {
                start = e.date();
            } else if (e.kind() == EventKind.CONTRACT_END && start != null) {
                periods.add(new LocalDate[] {start, e.date()});
                start = null;
            }
        }
        openContract = start != null;
        if (start != null && !stay.planned()) {
            periods.add(new LocalDate[] {start, stay.lastDayPresent(asOf)});
        }
        return periods;
    }

    /**
     * When the stay is lawful: the visitor's days; each authorisation from its issue to its end; each
     * application made on a lawful day, while the authorities have to decide on it; each contract of
     * an EAEU worker, whose stay lasts as long as the contract (EAEU Treaty art. 97(9)) whatever the
     * visitor days. Null where the jurisdiction sets no stay limit.
     */
    private Coverage coverage() {
        if (visitorLastLegalDay == null) {
            return null;
        }
        List<long[]> intervals = new ArrayList<>(4);
        intervals.add(new long[] {stay.entry().toEpochDay(), visitorLastLegalDay.toEpochDay()});
        if (workPeriods.isEmpty() && works.isEmpty() && residences.isEmpty() && !stay.has(EventKind.AMNESTY)) {
            return Coverage.of(intervals); // a visitor: nothing else to cover
        }
        amnesty(intervals);
        for (LocalDate[] period : workPeriods) {
            Rules atStart = period == workPeriods.get(0) ? workRules : rulesOn(period[0]);
            if (atStart.requires(StayLimitRule.FOLLOWS_CONTRACT)) {
                boolean open = openContract && period == workPeriods.get(workPeriods.size() - 1);
                // a worker who came to work is covered from arrival until the first contract starts
                LocalDate from = period == workPeriods.get(0) && stay.purpose() == Purpose.WORK ? stay.entry() : period[0];
                intervals.add(new long[] {from.toEpochDay(), open ? Coverage.OPEN : period[1].toEpochDay()});
            }
        }
        addIssued(works, intervals);
        addIssued(residences, intervals);
        if (!stay.has(EventKind.APPLICATION)) {
            return Coverage.of(intervals);
        }
        // applications made on a lawful day extend it while they await their decision; repeat, since
        // one extension can make a later application timely. A day is lawful when some interval
        // holds it: merging the intervals would not change that, so it waits until the end.
        List<Event> events = stay.events();
        boolean[] done = new boolean[events.size()];
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int k = 0; k < events.size(); k++) {
                Event e = events.get(k);
                if (done[k] || e.kind() != EventKind.APPLICATION) {
                    continue;
                }
                LocalDate until = awaitingDecisionUntil(e.date());
                long day = e.date().toEpochDay();
                if (until == null) {
                    done[k] = true;
                } else if (holds(intervals, day)) {
                    intervals.add(new long[] {day, until.toEpochDay()});
                    done[k] = true;
                    grew = true;
                }
            }
        }
        return Coverage.of(intervals);
    }

    /**
     * An application under the 2025 amnesty, made while it was open, regularised the stay without
     * leaving (Presidential Decree No. 1126 of 30.12.2024): we take the stay to be lawful from entry
     * to the application, and while the patent applied for awaits its decision; after that, only the
     * patent issued keeps it lawful. The decree's effect on overstay bans was not read: the parameter's
     * note says so.
     */
    private void amnesty(List<long[]> intervals) {
        for (Event e : stay.all(EventKind.AMNESTY)) {
            Rules at = rulesOn(e.date());
            if (!at.has(ControlledPersonsRule.AMNESTY_UNTIL) || e.date().isAfter(at.value(ControlledPersonsRule.AMNESTY_UNTIL))) {
                continue; // outside the amnesty, an application regularises nothing
            }
            LocalDate until = awaitingDecisionUntil(e.date());
            intervals.add(new long[] {stay.entry().toEpochDay(), (until != null ? until : e.date()).toEpochDay()});
        }
    }

    private static void addIssued(List<Authorisation> authorisations, List<long[]> intervals) {
        for (int k = 0, n = authorisations.size(); k < n; k++) {
            Authorisation a = authorisations.get(k);
            if (a.issuedOn() != null) {
                intervals.add(new long[] {a.issuedOn().toEpochDay(), a.validUntil().toEpochDay()});
            }
        }
    }

    /** Whether one of the intervals holds the day. */
    private static boolean holds(List<long[]> intervals, long day) {
        for (int k = 0, n = intervals.size(); k < n; k++) {
            long[] i = intervals.get(k);
            if (day >= i[0] && day <= i[1]) {
                return true;
            }
        }
        return false;
    }

    private LocalDate lastLegalDay() {
        if (coverage == null) {
            return null;
        }
        if (coverage.isEmpty()) {
            return visitorLastLegalDay; // the day before entry: earlier stays used up the visitor days
        }
        long now = stay.planned() ? stay.entry().toEpochDay() : stay.lastDayPresent(asOf).toEpochDay();
        return coverage.runEnd(now);
    }

}
