package org.corridor.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.time.LocalDate;
import org.corridor.app.text.LawInWords;
import org.corridor.app.text.Messages;
import org.corridor.law.advice.AdviceBook;
import org.corridor.law.advice.AdviceStep;
import org.corridor.law.advice.Contact;
import org.corridor.law.advice.Situation;
import org.corridor.law.advice.Trigger;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Consequence;
import org.corridor.law.assessment.Effect;
import org.corridor.law.assessment.Notice;
import org.corridor.law.assessment.NoticeKind;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.ObligationState;
import org.corridor.law.assessment.RegisterListing;
import org.corridor.law.assessment.ReviewNote;
import org.corridor.law.assessment.StatusCondition;
import org.corridor.law.assessment.Violation;
import org.corridor.law.assessment.ViolationKind;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Country;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Penalty;

/**
 * A plan in words, in one language: the lines a person reads, built once from an assessment and
 * rendered as text on the command line and as HTML in the web planner. It opens with what to do now
 * and next ({@link #next}), so that the most urgent line is the first a person reads.
 *
 * @param stayLine the stay the obligations belong to, or empty
 * @param status "Status: " and the status label in capitals
 * @param next the one to three things to do now or next, the most urgent first
 * @param conditionAdvice what to do about a condition of the status other than the register (entry during a ban, ...)
 * @param register the grounds for Russia's register of controlled persons and what they mean, or null
 * @param notices what the law tells the person beyond obligations (a procedure, a regime, a barred job)
 * @param timeline the steps still to do or missed, by due date
 * @param done the steps done, or not required of this person
 * @param checkBan where to check for a re-entry ban and how to appeal (Russia), or null
 * @param review when the law was last reviewed and the date of its newest source
 * @param reviewWarning that the plan reaches past the review's sources, or empty
 * @param pending proposed changes that would touch the person, none applied
 * @param ignored how many later events were ignored, or empty
 */
public record PlanView(String header, String regionNote, String stayLine, String status, String statusHelp, List<String> conditions,
                       List<Next> next, List<Advice> conditionAdvice, Register register, List<String> notices, List<Item> timeline,
                       List<Item> done, List<Item> violations, List<Item> bans, Advice checkBan, String review, String reviewWarning,
                       List<Pending> pending, String ignored, String footer, Labels labels) {

    /**
     * A proposed change in a line, in the reader's language where it has been translated and otherwise
     * wholly in Russian (the line's words too), so that the page can mark it {@code lang="ru"}.
     *
     * @param lang the language of {@code text}: the reader's, or "ru"
     */
    public record Pending(String text, String lang) {
    }

    /** The register of controlled persons in words: since when, what a listed person may not do, how to leave and check it. */
    public record Register(String grounds, String restrictionsTitle, List<String> restrictions, String dutiesTitle, List<String> duties,
                           String breaches, String leaveTitle, List<String> leave, String check, Sources sources, Advice advice) {
    }

    /**
     * One line of the plan.
     *
     * @param anchor the line's id on the page, for the links from {@link Next}
     * @param date the due date (or the violation's date, or the ban's span), in words
     * @param isoDate the same date as YYYY-MM-DD (for {@code <time datetime>}), or empty
     * @param state the obligation state's key ({@code met}, {@code pending}, ...) or empty, for styling
     * @param advice what to do now, where this line needs it, or null
     */
    public record Item(String anchor, String date, String isoDate, String state, String stateLabel, String title, String cost,
                       String consequence, Sources sources, Advice advice) {
    }

    /**
     * One of the first things to do: now (a missed step, an overstay, the register) or next (the
     * nearest due dates).
     *
     * @param when "now" or the due date, in words
     * @param action the first thing to do, or empty where the title says it
     * @param where where to go or whom to call for it, or empty
     * @param situation the advice's situation, or empty where there is none
     */
    public record Next(String anchor, String when, boolean urgent, String title, String cost, String action, String where, String situation) {
    }

    /** Where a line rests: the laws in words, and the sources as cited (seed lines, pages), for the curious. */
    public record Sources(List<String> laws, String citations) {
        static final Sources NONE = new Sources(List.of(), "");

        public boolean isEmpty() {
            return laws.isEmpty() && citations.isEmpty();
        }
    }

    /**
     * What to do now in a situation: the steps in order, each with where to go and what to bring,
     * and what not to do.
     */
    public record Advice(String title, String situation, String now, String where, List<Step> steps, List<String> avoid, String avoidTitle,
                         String sources, String seeAnchor) {
        /** Whether the steps are on this line, rather than at {@link #seeAnchor} where the same advice came first. */
        public boolean inFull() {
            return seeAnchor.isEmpty();
        }
    }

    /** One step of the advice; {@code bring} may be empty. */
    public record Step(String text, String bring, List<Place> places) {
    }

    /**
     * A place to go, a service to open or a line to call; {@code unverified} when the team could
     * not read its details on the cited page itself.
     */
    public record Place(String name, String address, String phone, String url, String hours, String unverified) {
    }

    /** The words around the lines: section titles and field names. */
    public record Labels(String next, String now, String timeline, String done, String violations, String bans, String none, String cost,
                         String ifMissed, String consequence, String source, String citations, String notices, String pending, String whatNow,
                         String bring, String details, String seeAbove, String adviceSources) {
    }

    public static PlanView of(Assessment a, Messages m, boolean regionDefaulted, boolean asOfDefaulted) {
        return of(a, m, AdviceBook.embedded(), regionDefaulted, asOfDefaulted);
    }

    public static PlanView of(Assessment a, Messages m, AdviceBook advice, boolean regionDefaulted, boolean asOfDefaulted) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder(), advice, a).build(regionDefaulted, asOfDefaulted);
    }

    /** At most this many things to do come first: enough for what is urgent, few enough for one phone screen. */
    static final int NEXT_MAX = 3;

    /** One obligation of {@code a} as the plan words it, for other renderings of the plan (the calendar file). */
    static Item obligation(Assessment a, Messages m, Obligation o) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder(), AdviceBook.embedded(), a).obligation(o, "step");
    }

    /** One ban of {@code a} as the plan words it, for other renderings of the plan (the calendar file). */
    static Item ban(Assessment a, Messages m, Ban b) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder(), AdviceBook.embedded(), a).ban(b, "ban");
    }

    private static final java.util.regex.Pattern ROLLING = java.util.regex.Pattern.compile("(\\d+) days in (\\d+)");
    private static final java.util.regex.Pattern CALENDAR_YEAR = java.util.regex.Pattern.compile("(\\d+) days per calendar year");
    private static final java.util.regex.Pattern PER_ENTRY_ROLLING = java.util.regex.Pattern.compile("(\\d+) days per entry, (\\d+) days in (\\d+)");
    private static final java.util.regex.Pattern PER_ENTRY_CALENDAR_YEAR =
            java.util.regex.Pattern.compile("(\\d+) days per entry, (\\d+) days per calendar year");
    private static final java.util.regex.Pattern DAYS = java.util.regex.Pattern.compile("(\\d+) (working )?days?");

    /**
     * A law's wording of a term in a language: a key of its own ({@code terms.patent}), or one of the
     * forms {@link org.corridor.law.parameter.StayLimit#terms()} and the deadlines write ("15 days",
     * "7 working days", "90 days in 180", "30 days per entry, 90 days in 180", "90 days per calendar
     * year"), which each language orders its own way; anything else is returned as written.
     */
    static String wordTerms(Messages m, String t) {
        if (t.isEmpty()) {
            return "";
        }
        String key = "terms." + t.replace(' ', '-');
        if (m.has(key)) {
            return m.get(key);
        }
        // "15 days", "7 working days", "90 days in 180": each language orders these its own way
        java.util.regex.Matcher year = CALENDAR_YEAR.matcher(t);
        if (year.matches()) {
            return m.get("terms.calendarYear", Integer.parseInt(year.group(1)));
        }
        java.util.regex.Matcher entryYear = PER_ENTRY_CALENDAR_YEAR.matcher(t);
        if (entryYear.matches()) {
            return m.get("terms.perEntryCalendarYear", Integer.parseInt(entryYear.group(1)), Integer.parseInt(entryYear.group(2)));
        }
        java.util.regex.Matcher entryRolling = PER_ENTRY_ROLLING.matcher(t);
        if (entryRolling.matches()) {
            return m.get("terms.perEntryRolling", Integer.parseInt(entryRolling.group(1)), Integer.parseInt(entryRolling.group(2)),
                    Integer.parseInt(entryRolling.group(3)));
        }
        java.util.regex.Matcher rolling = ROLLING.matcher(t);
        if (rolling.matches()) {
            return m.get("terms.rolling", Integer.parseInt(rolling.group(1)), Integer.parseInt(rolling.group(2)));
        }
        java.util.regex.Matcher days = DAYS.matcher(t);
        if (days.matches()) {
            return m.get(days.group(2) != null ? "terms.workingDays" : "terms.days", Integer.parseInt(days.group(1)));
        }
        return t;
    }

    private static final class Builder {
        private final Messages m;
        /** The key suffix of texts worded for one jurisdiction, such as Kyrgyz internal registration. */
        private final String variant;
        private final AdviceBook book;
        private final Assessment a;
        private final Country destination;
        private final Country citizen;
        private final String regionCode;
        /** The situations whose advice is already on the page, with the line that has it. */
        private final java.util.Map<String, String> shown = new java.util.HashMap<>();

        Builder(Messages m, String variant, AdviceBook book, Assessment a) {
            this.m = m;
            this.variant = variant;
            this.book = book;
            this.a = a;
            this.destination = a.facts().jurisdiction().country();
            this.citizen = a.facts().citizenship();
            String code = a.facts().jurisdiction().code();
            this.regionCode = code.contains("-") ? code.substring(code.indexOf('-') + 1) : null;
        }

        /** The text for {@code key}, in its variant for this jurisdiction where one exists. */
        private String text(String key, Object... args) {
            return m.has(key + variant) ? m.get(key + variant, args) : m.get(key, args);
        }

        private String date(LocalDate d) {
            return m.date(d);
        }

        /** A proposed change in the reader's language, or in Russian, line and all, where it has no translation. */
        private Pending pending(org.corridor.law.review.PendingChange p) {
            String lang = p.languageFor(m.language());
            Messages in = lang.equals(m.language()) ? m : Messages.of(lang);
            org.corridor.law.review.PendingChange.Text t = p.text(m.language());
            return new Pending(in.get("pending.item", t.title(), t.would(), t.status(), in.date(p.statusDate())), lang);
        }

        PlanView build(boolean regionDefaulted, boolean asOfDefaulted) {
            String header = m.get("plan.header", m.get("country.of." + citizen.name()), m.get("jurisdiction." + a.facts().jurisdiction().name()),
                    date(a.asOf()) + (asOfDefaulted ? " " + m.get("plan.today") : ""));
            String code = a.status().code().key();
            List<String> conditions = a.status().conditions().stream().map(c -> m.get("condition." + c.key())).toList();
            // built in the order of the page, so that advice shown twice is in full where it comes first
            List<Advice> conditionAdvice = new ArrayList<>();
            for (StatusCondition c : a.status().conditions()) {
                if (c != StatusCondition.CONTROLLED_PERSONS_REGISTER) {
                    Advice advice = advice(new Trigger.Condition(c), m.get("condition." + c.key()), "conditions");
                    if (advice != null && advice.inFull()) {
                        conditionAdvice.add(advice);
                    }
                }
            }
            Register register = register(a.status().register());
            List<Item> timeline = new ArrayList<>();
            List<Item> done = new ArrayList<>();
            int n = 0;
            for (Obligation o : a.obligations()) {
                Item item = obligation(o, "step-" + (++n));
                (o.state() == ObligationState.MET || o.state() == ObligationState.NOT_REQUIRED ? done : timeline).add(item);
            }
            n = 0;
            List<Item> violations = new ArrayList<>();
            for (Violation v : a.violations()) {
                violations.add(violation(v, "violation-" + (++n)));
            }
            n = 0;
            List<Item> bans = new ArrayList<>();
            for (Ban b : a.bans()) {
                bans.add(ban(b, "ban-" + (++n)));
            }
            Labels labels = new Labels(m.get("plan.next"), m.get("plan.now"), m.get("plan.timeline"), m.get("plan.done"), m.get("plan.violations"),
                    m.get("plan.bans"), m.get("plan.none"), m.get("plan.cost"), m.get("plan.ifMissed"), m.get("plan.consequence"),
                    m.get("plan.basis"), m.get("plan.citations"), m.get("plan.notices"), m.get("pending.title"), m.get("advice.whatNow"),
                    m.get("advice.bring"), m.get("plan.details"), m.get("advice.seeAbove"), m.get("advice.sources"));
            ReviewNote r = a.review();
            String review = r.reviewed() == null ? m.get("review.none")
                    : m.get("review.line", date(r.reviewed()), date(r.sourcesTo())) + " " + m.get("advice.reviewed", date(book.reviewed()));
            String warning = r.reviewed() != null && r.mayBeOutOfDate() ? m.get("review.outOfDate", date(r.sourcesTo())) : "";
            List<Pending> pending = r.pending().stream().map(this::pending).toList();
            Advice checkBan = destination == Country.RU ? checkBan() : null;
            return new PlanView(header, regionDefaulted ? m.get("plan.regionDefaulted") : "", a.stay().map(this::stay).orElse(""),
                    m.get("plan.status", text("status." + code).toUpperCase(Locale.ROOT)), text("status." + code + ".help"), conditions,
                    next(timeline, violations, register, conditionAdvice), conditionAdvice, register, a.notices().stream().map(this::notice).toList(),
                    timeline, done, violations, bans, checkBan, review, warning, pending,
                    a.ignoredLaterEvents() > 0 ? m.get("plan.ignored", a.ignoredLaterEvents()) : "", m.get("plan.footer"), labels);
        }

        /**
         * The first things to do: an ongoing violation (an overstay), the register, a condition with
         * advice, the missed steps, then the nearest due dates; at most {@link #NEXT_MAX}, and at least
         * one due date where there is one, so that "what next" is never crowded out by "what now".
         */
        private List<Next> next(List<Item> timeline, List<Item> violations, Register register, List<Advice> conditionAdvice) {
            List<Next> urgent = new ArrayList<>();
            // an overstay first: every day adds to the ban that follows
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < violations.size(); i++) {
                    Violation v = a.violations().get(i);
                    if (v.ongoing() && violations.get(i).advice() != null && (v.kind() == ViolationKind.OVERSTAY) == (pass == 0)) {
                        urgent.add(now(violations.get(i).anchor(), violations.get(i).title(), "", violations.get(i).advice()));
                    }
                }
            }
            if (register != null && register.advice() != null) {
                urgent.add(now("register", register.grounds(), "", register.advice()));
            }
            for (Advice c : conditionAdvice) {
                urgent.add(now("conditions", c.title(), "", c));
            }
            List<Next> upcoming = new ArrayList<>();
            for (Item i : timeline) {
                if (i.state().equals(ObligationState.MISSED.key())) {
                    urgent.add(now(i.anchor(), i.title() + " \u2014 " + i.stateLabel(), i.consequence(), i.advice()));
                } else if (upcoming.size() < 2) {
                    upcoming.add(new Next(i.anchor(), i.date(), false, i.title(), i.cost(), "", "", ""));
                }
            }
            // one line per piece of advice: a missed registration is also a violation and a condition
            Set<String> said = new java.util.HashSet<>();
            urgent.removeIf(u -> !u.situation().isEmpty() && !said.add(u.situation()));
            List<Next> out = new ArrayList<>(urgent.subList(0, Math.min(urgent.size(), upcoming.isEmpty() ? NEXT_MAX : NEXT_MAX - 1)));
            for (Next u : upcoming) {
                if (out.size() < NEXT_MAX) {
                    out.add(u);
                }
            }
            return out;
        }

        private Next now(String anchor, String title, String cost, Advice advice) {
            if (advice == null) {
                return new Next(anchor, m.get("plan.now"), true, title, cost, "", "", "");
            }
            return new Next(advice.inFull() ? anchor : advice.seeAnchor(), m.get("plan.now"), true, title, cost, advice.now(), advice.where(),
                    advice.situation());
        }

        /** The advice for a trigger in this person's case, in words, or null where the advice has none. */
        private Advice advice(Trigger trigger, String title, String anchor) {
            return book.find(trigger, destination, citizen).map(s -> advice(s, title, anchor)).orElse(null);
        }

        /**
         * A situation's advice in words. The same advice often answers several lines (a missed
         * registration is a missed step, a violation and a condition): it is given in full the first
         * time, and the later lines point to it.
         */
        private Advice advice(Situation s, String title, String anchor) {
            String lang = m.language();
            String where = s.steps().get(0).contacts().stream().filter(c -> c.serves(citizen, regionCode)).findFirst()
                    .map(c -> (c.shortName() == null ? c.name() : c.shortName()).in(lang)).orElse("");
            String first = shown.putIfAbsent(s.id(), anchor);
            if (first != null) {
                return new Advice(title, s.id(), s.now().in(lang), where, List.of(), List.of(), "", "", first);
            }
            List<Step> steps = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            for (AdviceStep step : s.steps()) {
                List<Place> places = step.contacts().stream().filter(c -> c.serves(citizen, regionCode)).map(this::place).toList();
                steps.add(new Step(step.action().in(lang), step.bring() == null ? "" : step.bring().in(lang), places));
                sources.add(step.source() + (step.verified() ? "" : " [" + m.get("advice.unverified") + "]"));
            }
            List<String> avoid = s.avoid().stream().map(c -> c.text().in(lang)).toList();
            s.avoid().forEach(c -> sources.add(c.source() + (c.verified() ? "" : " [" + m.get("advice.unverified") + "]")));
            return new Advice(title, s.id(), s.now().in(lang), where, steps, avoid, m.get("advice.avoid"), String.join("; ", sources), "");
        }

        private Place place(Contact c) {
            String unverified = c.verified() ? "" : m.get("advice.contactUnverified");
            // the short name people use; the official one is on the advice page, one tap away
            return new Place(c.shortName().in(m.language()), c.address(), c.phone(), c.url(), c.hours(), unverified);
        }

        /** Where to check for a ban before travelling, and how to appeal one: the advice for any ban. */
        private Advice checkBan() {
            return advice(new Trigger.Banned(java.util.Optional.empty()), m.get("plan.checkBan"), "check-ban");
        }

        private Register register(RegisterListing r) {
            if (r == null) {
                return null;
            }
            List<String> restrictions = r.restrictions().stream()
                    .map(x -> m.get("restriction." + x, r.cashLimit() == null ? "" : m.money(r.cashLimit()))).toList();
            List<String> duties = new ArrayList<>(r.duties().stream().map(x -> m.get("duty." + x)).toList());
            if (r.reportEveryDays() > 0) {
                duties.add(m.get("register.reportEvery", r.reportEveryDays()));
            }
            String grounds = m.get(r.listed() ? "register.listed" : "register.grounds", date(r.since()));
            return new Register(grounds, m.get("register.restrictions"), restrictions, m.get("register.duties"), duties,
                    r.breachesToDeportation() > 0 ? m.get("register.breaches", r.breachesToDeportation()) : "",
                    m.get("register.leave"), r.removalGrounds().stream().map(x -> m.get("removal." + x)).toList(),
                    m.get("register.check", String.join(", ", r.checkSites())), sources(r.basis()),
                    advice(new Trigger.Condition(StatusCondition.CONTROLLED_PERSONS_REGISTER), m.get("condition.controlled-persons-register"), "register"));
        }

        /** A notice in words: its kind's text, with a variant key where the first detail names the case ({@code moscow-airports}). */
        private String notice(Notice n) {
            String key = "notice." + n.kind().key();
            List<Object> args = new ArrayList<>(n.details());
            if (!n.details().isEmpty() && m.has(key + "." + n.details().get(0))) {
                return m.get(key + "." + n.details().get(0));
            }
            if (n.kind() == NoticeKind.OCCUPATION_BANNED || n.kind() == NoticeKind.OCCUPATION_NOT_COVERED) {
                args.set(0, m.get("occupation." + n.details().get(0)));
            }
            if (n.kind() == NoticeKind.AMINA) {
                args.set(1, terms(n.details().get(1)));
                args.set(2, terms(n.details().get(2)));
            }
            args.add(date(n.since()));
            return m.get(key, args.toArray());
        }

        private String stay(Stay s) {
            String purpose = m.get("purpose." + s.purpose().word());
            if (s.planned()) {
                return text("plan.stay.planned", date(s.entry()), purpose);
            }
            return s.exit() == null ? text("plan.stay.ongoing", date(s.entry()), purpose)
                    : text("plan.stay.ended", date(s.entry()), purpose, date(s.exit()));
        }

        private Item obligation(Obligation o, String anchor) {
            String due = o.due() == null ? m.get("plan.open") : date(o.due());
            String id = o.id().key();
            String key = "obligation." + id + (o.terms().equals("reissue") ? ".reissue" : o.terms().isEmpty() ? ".plain" : "");
            String title = m.has(key) || m.has(key + variant) ? text(key, terms(o)) : text("obligation." + id, terms(o));
            String cost = String.join(", ", o.costs().stream().map(c -> m.money(c.amount()) + " (" + m.get("cost." + c.item().key()) + ")").toList());
            String state = o.state().key();
            String consequence = state.equals("pending") || state.equals("missed") ? consequence(o.ifMissed()) : "";
            Advice advice = o.state() == ObligationState.MISSED ? advice(new Trigger.MissedObligation(o.id()), title, anchor) : null;
            return new Item(anchor, due, o.due() == null ? "" : o.due().toString(), state, m.get("state." + state), title, cost, consequence,
                    sources(o.basis()), advice);
        }

        private Item violation(Violation v, String anchor) {
            StringBuilder line = new StringBuilder(m.get("violation." + v.kind().key()));
            if (v.days() > 0) {
                line.append(", ").append(m.get("plan.days", v.days()));
            }
            if (v.ongoing()) {
                line.append(", ").append(m.get("plan.ongoing"));
            }
            if (!v.detail().isEmpty()) {
                // a detail that names a term ("patent") is said in the reader's words; an article ("18.8") as it is
                line.append(" (").append(m.has("terms." + v.detail()) ? m.get("terms." + v.detail()) : v.detail()).append(')');
            }
            return new Item(anchor, date(v.date()), v.date().toString(), "", "", line.toString(), "", consequence(v.consequence()),
                    v.basis().isEmpty() ? Sources.NONE : sources(v.basis()), advice(new Trigger.Violated(v.kind()), line.toString(), anchor));
        }

        private Item ban(Ban b, String anchor) {
            String title = m.get("ban.reason." + b.reason().key()) + ", " + length(b.months()) + (b.mandatory() ? "" : " " + m.get("ban.discretionary"));
            return new Item(anchor, date(b.from()) + " \u2013 " + date(b.until()), b.from().toString(), "", "", title, "", "", sources(b.basis()),
                    advice(new Trigger.Banned(java.util.Optional.of(b.reason())), title, anchor));
        }

        private String terms(Obligation o) {
            return terms(o.terms());
        }

        /**
         * A law's wording of a term ("15 days", "90 days in 180", "patent") in this language, in its
         * variant for this jurisdiction where one exists ({@code terms.permit.kz}: Kazakhstan's permit to
         * a labour immigrant is not Russia's work permit).
         */
        private String terms(String t) {
            String key = "terms." + t.replace(' ', '-') + variant;
            return !t.isEmpty() && m.has(key) ? m.get(key) : wordTerms(m, t);
        }

        private String consequence(Consequence c) {
            List<String> parts = new ArrayList<>();
            Penalty p = c.penalty();
            if (p.fine() != null) {
                parts.add(m.get("consequence.fine", m.money(p.fine())));
            } else if (p.fineUnquantified()) {
                parts.add(m.get("consequence.fineUnquantified"));
            }
            if (p.expulsion() != Penalty.Expulsion.NONE) {
                parts.add(m.get("consequence.expulsion." + p.expulsion().key()));
            }
            if (!c.banScale().isEmpty()) {
                List<String> steps = new ArrayList<>();
                for (BanStep s : c.banScale()) {
                    steps.add(m.get("consequence.banStep", length(s.months()), s.overDays()));
                }
                parts.add(m.get("consequence.banScale", String.join(", ", steps)) + (c.banMandatory() ? "" : " " + m.get("ban.discretionary")));
            }
            if (c.banMonths() > 0) {
                parts.add(m.get("consequence.ban", length(c.banMonths())));
            }
            if (c.effect() != Effect.NONE) {
                parts.add(m.get("effect." + c.effect().key()));
            }
            if (!c.losesAccessTo().isEmpty()) {
                parts.add(m.get("consequence.loses", String.join(", ", c.losesAccessTo().stream().map(g -> m.get("gate." + g)).toList())));
            }
            return String.join("; ", parts);
        }

        private String length(int months) {
            return months % 12 == 0 ? m.get("plan.years", months / 12) : m.get("plan.months", months);
        }

        /**
         * Several parameters often share a source: each source once, marked if any use of it is an
         * assumption. The laws in words come first; the citations (seed lines, pages) stay one tap away.
         */
        private Sources sources(List<Basis> basis) {
            LawInWords.Citations c = LawInWords.of(basis, m);
            return new Sources(c.laws(), c.citations().isEmpty() ? m.get("plan.none") : String.join("; ", c.citations()));
        }
    }
}
