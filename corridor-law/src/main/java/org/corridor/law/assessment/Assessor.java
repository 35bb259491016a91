package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.History;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Declarations;
import org.corridor.law.review.PendingChange;
import org.corridor.law.review.Review;
import org.corridor.law.review.Reviews;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;

/**
 * Assesses a person's facts as of a date under the corridor's law. Pure and deterministic: no I/O,
 * no clock, no shared mutable state, so one instance serves every thread.
 */
public final class Assessor {
    /** The rules applied to each stay, in order. */
    static final List<StayRule> RULES = List.of(
            new EntryDocumentsRule(),
            new RegistrationRule(),
            new WorkAuthorisationRule(),
            new PatentPaymentRule(),
            new ResidencePermitRule(),
            new StayLimitRule(),
            new ReentryBanRule(),
            new ControlledPersonsRule(),
            new AminaRule(),
            new BorderFormalitiesRule(),
            new SchoolAdmissionRule(),
            new OccupationRule());

    /** The same rules as an array: they run for every stay of every assessment. */
    private static final StayRule[] RULE_ARRAY = RULES.toArray(StayRule[]::new);

    /**
     * The classes that declare the law's keys and columns: the rules above, and those that read the
     * law outside one stay. A new parameter is declared as a constant in one of them.
     */
    static final List<Class<?>> DECLARING = List.of(EntryDocumentsRule.class, RegistrationRule.class, WorkAuthorisationRule.class,
            PatentPaymentRule.class, ResidencePermitRule.class, StayLimitRule.class, ReentryBanRule.class, ControlledPersonsRule.class,
            AminaRule.class, BorderFormalitiesRule.class, SchoolAdmissionRule.class,
            OccupationRule.class, OffenceRule.class,
            Penalties.class, Assessor.class, RuleBook.class);

    /** 1 where the person is a citizen of the destination and no migration rule applies, else 0. */
    public static final Column HOME = Column.derived("home", r -> r.home() ? 1 : 0);

    /** What the rules declare, found once. */
    private static final class Declared {
        static final Declarations ALL = Declarations.in(DECLARING);
    }

    /** The keys and columns the law's rules read: every parameter file must be one of them. */
    public static Declarations declarations() {
        return Declared.ALL;
    }

    /** The rule book of a law (the bundled one, or one changed by a scenario's reforms), as the rules read it. */
    public static RuleBook ruleBook(Law law) {
        return new RuleBook(law, declarations());
    }

    /** By due date, an open-ended stay limit last. */
    private static final Comparator<Obligation> TIMELINE = (a, b) -> a.due() == null ? (b.due() == null ? 0 : 1)
            : b.due() == null ? -1 : a.due().compareTo(b.due());
    private static final Comparator<Violation> BY_DATE = Comparator.comparing(Violation::date);
    private static final Comparator<Ban> BY_START = Comparator.comparing(Ban::from);

    private final RuleBook book;
    private final Reviews reviews;
    /** The notes without pending bills, one pair per review. */
    private final ReviewNotes notes;
    /** What each period's rules imply, by {@link Rules#id()}, filled on first use. */
    private final AtomicReferenceArray<RuleConsequences> consequences;

    /** An assessor with no review dates: every plan says its law may be out of date. */
    public Assessor(RuleBook book) {
        this(book, Reviews.none());
    }

    public Assessor(RuleBook book, Reviews reviews) {
        this.book = book;
        this.reviews = reviews;
        this.notes = new ReviewNotes(reviews);
        this.consequences = new AtomicReferenceArray<>(book.size());
    }

    /** The consequences of a period's rules, built once (two threads may both build them; either copy serves). */
    RuleConsequences consequences(Rules rules) {
        RuleConsequences c = consequences.get(rules.id());
        if (c == null) {
            c = new RuleConsequences(rules);
            consequences.lazySet(rules.id(), c);
        }
        return c;
    }

    /** The assessor over the bundled law, built on first use (the JVM's lazy class initialisation). */
    private static final class Embedded {
        static final Assessor INSTANCE = new Assessor(ruleBook(LawLoader.embedded()), Reviews.embedded());
    }

    /** An assessor over the law bundled with Corridor. */
    public static Assessor embedded() {
        return Embedded.INSTANCE;
    }

    public RuleBook ruleBook() {
        return book;
    }

    public Reviews reviews() {
        return reviews;
    }

    /**
     * @throws org.corridor.law.fact.InvalidFactsException where the facts name an occupation the law does not know
     */
    public Assessment assess(Facts facts, LocalDate asOf) {
        OccupationRule.check(book, facts, asOf);
        History history = History.of(facts, asOf);
        Rules today = book.rules(facts.jurisdiction(), facts.citizenship(), asOf);
        if (today.home()) {
            return new Assessment(facts, asOf, new Status(StatusCode.CITIZEN, List.of(), List.of()), history.focus(), List.of(),
                    List.of(), List.of(), List.of(), history.ignoredLaterEvents(), review(facts, asOf, null, List.of()));
        }
        Findings out = new Findings();
        StayContext focus = null;
        List<Stay> stays = history.stays();
        for (int i = 0; i < stays.size(); i++) {
            Stay stay = stays.get(i);
            StayContext ctx = new StayContext(stay, history, this, book.rules(facts.jurisdiction(), facts.citizenship(), stay.entry()));
            boolean isFocus = i == stays.size() - 1;
            for (int r = 0; r < RULE_ARRAY.length; r++) {
                RULE_ARRAY[r].apply(ctx, isFocus, out);
            }
            if (isFocus) {
                focus = ctx;
            }
        }
        OffenceRule.apply(stays, book, today, out);

        out.obligations.sort(TIMELINE);
        out.violations.sort(BY_DATE);
        out.bans.sort(BY_START);
        Status status = status(history, focus, out, out.bans, out.violations, asOf);
        return new Assessment(facts, asOf, status, history.focus(), out.obligations, out.violations, out.bans, out.notices,
                history.ignoredLaterEvents(), review(facts, asOf, focus, out.obligations));
    }

    /**
     * The jurisdiction's review date, whether the plan reaches past what the review could read (the
     * date asked about or any due date after its newest source), and the pending changes that would
     * touch the person of the focus stay.
     */
    private ReviewNote review(Facts facts, LocalDate asOf, StayContext focus, List<Obligation> obligations) {
        Review r = reviews.of(facts.jurisdiction()).orElse(null);
        if (r == null) {
            return new ReviewNote(null, null, true, List.of());
        }
        // the review could read sources up to sourcesTo: a change made after that may have escaped it
        LocalDate known = r.sourcesTo();
        boolean after = asOf.isAfter(known);
        for (int i = 0, n = obligations.size(); i < n && !after; i++) {
            LocalDate due = obligations.get(i).due();
            after = due != null && due.isAfter(known);
        }
        if (r.pending().isEmpty() || !after) {
            // a plan that stays within what the review read needs no word on bills that came later
            return after ? notes.outOfDate(r) : notes.current(r);
        }
        List<PendingChange> touching = new ArrayList<>(r.pending().size());
        for (PendingChange p : r.pending()) {
            if (touches(p, focus)) {
                touching.add(p);
            }
        }
        return new ReviewNote(r.reviewed(), r.sourcesTo(), after, touching);
    }

    /** The two notes of a review that carry no bills, within its sources and past them, by law folder; built once. */
    private static final class ReviewNotes {
        private final java.util.Map<String, ReviewNote[]> byFolder = new java.util.HashMap<>();

        ReviewNotes(Reviews reviews) {
            for (Review r : reviews.all().values()) {
                byFolder.put(r.folder(), new ReviewNote[] {new ReviewNote(r.reviewed(), r.sourcesTo(), false, List.of()),
                    new ReviewNote(r.reviewed(), r.sourcesTo(), true, List.of())});
            }
        }

        ReviewNote current(Review r) {
            return byFolder.get(r.folder())[0];
        }

        ReviewNote outOfDate(Review r) {
            return byFolder.get(r.folder())[1];
        }
    }

    private static boolean touches(PendingChange p, StayContext focus) {
        if (focus == null) {
            return false;
        }
        return switch (p.appliesTo()) {
            case ENTRANTS -> true;
            case WORKERS -> focus.intendsToWork();
            case PATENT_WORKERS -> focus.intendsToWork()
                    && focus.workRules.orElse(WorkAuthorisationRule.AUTHORISATION, AuthorisationKind.NONE) == AuthorisationKind.PATENT;
        };
    }

    private static Status status(History history, StayContext focus, Findings out, List<Ban> bans, List<Violation> violations,
                                 LocalDate asOf) {
        List<StatusCondition> conditions = out.conditions.list();
        List<Basis> basis = List.of();
        for (Violation v : violations) {
            if (v.ongoing()) {
                basis = Basis.join(basis, v.basis());
            }
        }
        if (!history.present()) {
            Ban mandatory = null;
            boolean discretionary = false;
            for (Ban b : bans) {
                if (b.activeOn(asOf)) {
                    if (b.mandatory() && mandatory == null) {
                        mandatory = b;
                    } else if (!b.mandatory()) {
                        discretionary = true;
                    }
                }
            }
            if (discretionary) {
                conditions.add(StatusCondition.ENTRY_MAY_BE_REFUSED);
            }
            return mandatory != null ? new Status(StatusCode.BANNED, conditions, mandatory.basis())
                    : new Status(StatusCode.ABROAD, conditions, List.of());
        }
        StatusCode code;
        if (focus.rules.jurisdiction() == org.corridor.law.place.Jurisdiction.KG_INTERNAL) {
            code = conditions.contains(StatusCondition.UNREGISTERED) ? StatusCode.UNREGISTERED_RESIDENT : StatusCode.RESIDENT;
        } else if (conditions.contains(StatusCondition.OVERSTAY)) {
            code = StatusCode.IRREGULAR_STAY;
        } else if (conditions.contains(StatusCondition.ENTERED_DURING_BAN)) {
            code = StatusCode.IRREGULAR_STAY;
        } else if (conditions.contains(StatusCondition.UNAUTHORISED_WORK)) {
            code = StatusCode.WORKING_WITHOUT_AUTHORISATION;
        } else if (conditions.contains(StatusCondition.UNREGISTERED)) {
            code = StatusCode.IRREGULAR_STAY;
        } else if (workingOn(focus, asOf)) {
            code = StatusCode.LEGAL_WORKER;
        } else {
            code = StatusCode.LEGAL_VISITOR;
        }
        if (basis.isEmpty()) {
            basis = focus.rules.get(StayLimitRule.LIMIT).basis();
        }
        return new Status(code, conditions, basis, out.register);
    }

    private static boolean workingOn(StayContext ctx, LocalDate day) {
        for (LocalDate[] p : ctx.workPeriods) {
            if (!day.isBefore(p[0]) && !day.isAfter(p[1])) {
                return true;
            }
        }
        return false;
    }
}
