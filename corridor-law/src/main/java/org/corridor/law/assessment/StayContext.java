package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.law.calendar.HolidayCalendar;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.History;
import org.corridor.law.fact.Purpose;
import org.corridor.law.fact.Stay;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.StayLimit;

/**
 * One stay with the law that governs it and what follows from its events: how long the person may
 * stay, which authorisation they hold and until when, when they worked. The law in force on the
 * entry day governs the whole stay (a simplification: transitional rules kept earlier permits alive
 * until they expired, which this matches for authorisations issued before a reform).
 */
final class StayContext {
    final Stay stay;
    final History history;
    final LocalDate asOf;
    final RuleBook book;
    final Rules rules;
    /** What the entry-day rules imply. */
    final RuleConsequences consequences;
    private final Assessor assessor;
    final HolidayCalendar holidays;
    /** The last legal day as a visitor (no authorisation), or null where there is no stay limit. */
    final LocalDate visitorLastLegalDay;
    /** The work authorisations (patents or permits) of this stay, in issue order. */
    final List<Authorisation> works;
    /** The latest work authorisation, the one whose payments are due now, or null. */
    final Authorisation work;
    /** Turkish residence permits, or the work permits that double as them. */
    final List<Authorisation> residences;
    /** Work periods as [first, last] day pairs, up to the last day present. */
    final List<LocalDate[]> workPeriods;
    /** The last legal day, or null while it is open (no stay limit, or an EAEU contract of unknown end). */
    final LocalDate lastLegalDay;
    /** Whether the last contract has no recorded end; set while reading the work periods. */
    private boolean openContract;
    private LocalDate lastLookupDay;
    private Rules lastLookup;

    StayContext(Stay stay, History history, Assessor assessor, Rules rules) {
        this.stay = stay;
        this.history = history;
        this.asOf = history.asOf();
        this.assessor = assessor;
        this.book = assessor.ruleBook();
        this.rules = rules;
        this.consequences = assessor.consequences(rules);
        this.holidays = book.holidays(rules.jurisdiction());
        this.visitorLastLegalDay = visitorLastLegalDay();
        this.works = authorisations(false);
        this.work = works.isEmpty() ? null : works.get(works.size() - 1);
        this.residences = authorisations(true);
        this.workPeriods = workPeriods();
        this.lastLegalDay = lastLegalDay();
    }

    /** The last day present so far: the exit day, or the as-of date while there; null for a planned stay. */
    LocalDate lastDayPresent() {
        return stay.planned() ? null : stay.lastDayPresent(asOf);
    }

    boolean intendsToWork() {
        return stay.purpose() == Purpose.WORK || !workPeriods.isEmpty();
    }

    /** The law in force on another day of this stay, for the same person and place. */
    Rules rulesOn(LocalDate day) {
        if (day.equals(lastLookupDay)) {
            return lastLookup; // the exit day is asked for by several rules
        }
        Rules r = book.rules(rules.jurisdiction(), rules.citizenship(), day);
        lastLookupDay = day;
        lastLookup = r;
        return r;
    }

    RuleConsequences consequencesOn(Rules other) {
        return assessor.consequences(other);
    }

    int overstayDays() {
        LocalDate last = lastDayPresent();
        if (last == null || lastLegalDay == null || !last.isAfter(lastLegalDay)) {
            return 0;
        }
        return (int) (last.toEpochDay() - lastLegalDay.toEpochDay());
    }

    Optional<Event> firstOf(EventKind kind) {
        return stay.first(kind);
    }

    /** The day the person first applied for work authorisation (an issue counts as an application). */
    Optional<LocalDate> appliedOn() {
        return works.isEmpty() ? Optional.empty() : Optional.of(works.get(0).appliedOn());
    }

    /** The day the person first applied for a Turkish residence permit, or null. */
    LocalDate residenceAppliedOn() {
        return residences.isEmpty() ? null : residences.get(0).appliedOn();
    }

    private LocalDate visitorLastLegalDay() {
        if (!rules.stayLimit().present()) {
            return null;
        }
        StayLimit limit = rules.stayLimit().value();
        if (!limit.rolling()) {
            return stay.entry().plusDays(limit.days() - 1L);
        }
        return Presence.of(history.before(stay)).lastLegalDay(stay.entry(), limit.days(), limit.windowDays());
    }

    /**
     * Every authorisation of the stay in issue order, each valid on its own terms; a later one (a
     * re-issued patent) does not cancel the validity an earlier one had. An application not yet
     * decided appears as an authorisation without an issue date.
     */
    private List<Authorisation> authorisations(boolean residencePermit) {
        if (!stay.has(EventKind.AUTHORISATION) && !stay.has(EventKind.APPLICATION)) {
            return List.of();
        }
        List<Event> issued = new ArrayList<>(2);
        Event applied = null;
        List<Event> events = stay.events();
        for (int i = 0, n = events.size(); i < n; i++) {
            Event e = events.get(i);
            boolean isResidence = "residence".equals(e.value());
            boolean counts = residencePermit ? isResidence || turkishWorkPermitCounts() : !isResidence;
            if (!counts) {
                continue;
            }
            if (e.kind() == EventKind.AUTHORISATION) {
                issued.add(e);
            } else if (e.kind() == EventKind.APPLICATION && applied == null) {
                applied = e;
            }
        }
        if (issued.isEmpty()) {
            return applied == null ? List.of()
                    : List.of(new Authorisation(residencePermit ? "residence" : kindOf(applied), applied.date(), null, null, false, false));
        }
        List<Authorisation> all = new ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            Event issue = issued.get(i);
            String kind = residencePermit ? "residence" : kindOf(issue);
            LocalDate appliedOn = i == 0 && applied != null && applied.date().isBefore(issue.date()) ? applied.date() : issue.date();
            LocalDate previousIssue = i == 0 ? null : issued.get(i - 1).date();
            LocalDate nextIssue = i + 1 < issued.size() ? issued.get(i + 1).date() : null;
            all.add(authorisation(kind, appliedOn, issue.date(), previousIssue, nextIssue, residencePermit));
        }
        return all;
    }

    private Authorisation authorisation(String kind, LocalDate appliedOn, LocalDate issue, LocalDate previousIssue,
                                        LocalDate nextIssue, boolean residencePermit) {
        Rules atIssue = rulesOn(issue);
        boolean paidMonthly = !residencePermit && atIssue.monthlyFee().present()
                && ("patent".equals(kind) || atIssue.workAuthorisation().value() == AuthorisationKind.PERMIT);
        if (!paidMonthly) {
            int months = atIssue.permitMonths().orElse(12);
            return new Authorisation(kind, appliedOn, issue, issue.plusMonths(months).minusDays(1), false, false);
        }
        return paidAuthorisation(kind, appliedOn, issue, previousIssue, nextIssue, atIssue);
    }

    /** In Turkey a work permit also serves as a residence permit (Law 6458 art. 27). */
    private boolean turkishWorkPermitCounts() {
        return rules.requires(rules.residencePermit());
    }

    private String kindOf(Event e) {
        if (e.value() != null) {
            return e.value();
        }
        AuthorisationKind regime = rules.workAuthorisation().orElse(AuthorisationKind.NONE);
        return regime == AuthorisationKind.PERMIT ? "permit" : "patent";
    }

    /**
     * A patent (or Kazakh permit) is valid for the months paid in advance. It is issued only against
     * the advance payment, so an issue implies at least one month paid; payments made on or before the
     * issue day (and after any earlier issue) say how many. Each later payment, up to the next
     * re-issue, is due by the last paid day; one missed annuls it (115-FZ art. 13.3). It cannot run
     * past its maximum term.
     */
    private Authorisation paidAuthorisation(String kind, LocalDate appliedOn, LocalDate issue, LocalDate previousIssue,
                                            LocalDate nextIssue, Rules atIssue) {
        int advance = 0;
        List<Event> later = new ArrayList<>();
        for (Event p : stay.all(EventKind.PAYMENT)) {
            if (previousIssue != null && !p.date().isAfter(previousIssue) || nextIssue != null && !p.date().isBefore(nextIssue)) {
                continue; // belongs to another issue
            }
            if (p.date().isAfter(issue)) {
                later.add(p);
            } else {
                advance += p.months();
            }
        }
        int months = Math.max(1, advance);
        LocalDate paidUntil = issue.plusMonths(months).minusDays(1);
        boolean late = false;
        for (Event p : later) {
            if (p.date().isAfter(paidUntil)) {
                late = true;
                break;
            }
            months += p.months();
            paidUntil = issue.plusMonths(months).minusDays(1);
        }
        LocalDate maxUntil = atIssue.maxPaidMonths().present()
                ? issue.plusMonths(atIssue.maxPaidMonths().value()).minusDays(1) : null;
        if (maxUntil != null && paidUntil.isAfter(maxUntil)) {
            paidUntil = maxUntil;
        }
        boolean reachedMax = paidUntil.equals(maxUntil);
        boolean lapsed = !reachedMax && nextIssue == null && (late || lastDayPresentOrEntry().isAfter(paidUntil));
        return new Authorisation(kind, appliedOn, issue, paidUntil, lapsed, true);
    }

    private LocalDate lastDayPresentOrEntry() {
        return stay.planned() ? stay.entry() : stay.lastDayPresent(asOf);
    }

    private List<LocalDate[]> workPeriods() {
        if (!stay.has(EventKind.CONTRACT_START)) {
            return List.of();
        }
        List<LocalDate[]> periods = new ArrayList<>();
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

    /** Whether the last contract started has no recorded end. */
    private boolean contractRunsOn() {
        return !workPeriods.isEmpty() && openContract;
    }

    private LocalDate lastLegalDay() {
        if (visitorLastLegalDay == null) {
            return null;
        }
        LocalDate legal = visitorLastLegalDay;
        if (works.isEmpty() && residences.isEmpty() && !rules.requires(rules.stayFollowsContract())) {
            return legal;
        }
        List<Authorisation> all = new ArrayList<>(works);
        all.addAll(residences);
        all.sort(java.util.Comparator.comparing(Authorisation::appliedOn));
        boolean extended = true;
        while (extended) { // an authorisation issued while the stay is legal extends it to its own end
            extended = false;
            for (Authorisation a : all) {
                if (a.issuedOn() != null && !a.issuedOn().isAfter(legal) && a.validUntil().isAfter(legal)) {
                    legal = a.validUntil();
                    extended = true;
                }
            }
        }
        if (rules.requires(rules.stayFollowsContract())) {
            Optional<Event> start = firstOf(EventKind.CONTRACT_START);
            if (start.isPresent() && !start.get().date().isAfter(legal)) {
                if (contractRunsOn()) {
                    return null;
                }
                for (LocalDate[] period : workPeriods) {
                    if (period[1].isAfter(legal)) {
                        legal = period[1];
                    }
                }
            }
        }
        return legal;
    }
}
