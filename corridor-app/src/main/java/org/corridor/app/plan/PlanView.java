package org.corridor.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Consequence;
import org.corridor.law.assessment.Effect;
import org.corridor.law.assessment.Notice;
import org.corridor.law.assessment.NoticeKind;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.RegisterListing;
import org.corridor.law.assessment.ReviewNote;
import org.corridor.law.assessment.Violation;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Country;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Penalty;

/**
 * A plan in words, in one language: the lines a person reads, built once from an assessment and
 * rendered as text on the command line and as HTML in the web planner.
 *
 * @param stayLine the stay the obligations belong to, or empty
 * @param status "Status: " and the status label in capitals
 * @param register the grounds for Russia's register of controlled persons and what they mean, or null
 * @param notices what the law tells the person beyond obligations (a procedure, a regime, a barred job)
 * @param checkBan where to check for a re-entry ban and how to appeal (Russia), or empty
 * @param review when the law was last reviewed and the date of its newest source
 * @param reviewWarning that the plan reaches past the review's sources, or empty
 * @param pending proposed changes that would touch the person, none applied
 * @param ignored how many later events were ignored, or empty
 */
public record PlanView(String header, String regionNote, String stayLine, String status, String statusHelp, List<String> conditions,
                       Register register, List<String> notices, List<Item> timeline, List<Item> violations, List<Item> bans,
                       String checkBan, String review, String reviewWarning, List<String> pending, String ignored, String footer,
                       Labels labels) {

    /** The register of controlled persons in words: since when, what a listed person may not do, how to leave and check it. */
    public record Register(String grounds, String restrictionsTitle, List<String> restrictions, String dutiesTitle, List<String> duties,
                           String breaches, String leaveTitle, List<String> leave, String check, String sources) {
    }

    /**
     * One line of the plan.
     *
     * @param date the due date (or the violation's date, or the ban's span)
     * @param state the obligation state's key ({@code met}, {@code pending}, ...) or empty, for styling
     */
    public record Item(String date, String state, String stateLabel, String title, String cost, String consequence, String sources) {
    }

    /** The words around the lines: section titles and field names. */
    public record Labels(String timeline, String violations, String bans, String none, String cost, String ifMissed, String consequence,
                         String source, String notices, String pending) {
    }

    public static PlanView of(Assessment a, Messages m, boolean regionDefaulted, boolean asOfDefaulted) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder()).build(a, regionDefaulted, asOfDefaulted);
    }

    /** One obligation of {@code a} as the plan words it, for other renderings of the plan (the calendar file). */
    static Item obligation(Assessment a, Messages m, Obligation o) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder()).obligation(o);
    }

    /** One ban of {@code a} as the plan words it, for other renderings of the plan (the calendar file). */
    static Item ban(Assessment a, Messages m, Ban b) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder()).ban(b);
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

        Builder(Messages m, String variant) {
            this.m = m;
            this.variant = variant;
        }

        /** The text for {@code key}, in its variant for this jurisdiction where one exists. */
        private String text(String key, Object... args) {
            return m.has(key + variant) ? m.get(key + variant, args) : m.get(key, args);
        }

        PlanView build(Assessment a, boolean regionDefaulted, boolean asOfDefaulted) {
            Country citizenship = a.facts().citizenship();
            String header = m.get("plan.header", m.get("country.of." + citizenship.name()), m.get("jurisdiction." + a.facts().jurisdiction().name()),
                    a.asOf().toString() + (asOfDefaulted ? " " + m.get("plan.today") : ""));
            String code = a.status().code().key();
            List<String> conditions = a.status().conditions().stream().map(c -> m.get("condition." + c.key())).toList();
            List<Item> timeline = a.obligations().stream().map(this::obligation).toList();
            List<Item> violations = a.violations().stream().map(this::violation).toList();
            List<Item> bans = a.bans().stream().map(this::ban).toList();
            Labels labels = new Labels(m.get("plan.timeline"), m.get("plan.violations"), m.get("plan.bans"), m.get("plan.none"),
                    m.get("plan.cost"), m.get("plan.ifMissed"), m.get("plan.consequence"), m.get("plan.basis"), m.get("plan.notices"),
                    m.get("pending.title"));
            ReviewNote r = a.review();
            String review = r.reviewed() == null ? m.get("review.none") : m.get("review.line", r.reviewed().toString(), r.sourcesTo().toString());
            String warning = r.reviewed() != null && r.mayBeOutOfDate() ? m.get("review.outOfDate", r.sourcesTo().toString()) : "";
            List<String> pending = r.pending().stream()
                    .map(p -> m.get("pending.item", p.title(), p.would(), p.status(), p.statusDate().toString())).toList();
            return new PlanView(header, regionDefaulted ? m.get("plan.regionDefaulted") : "", a.stay().map(this::stay).orElse(""),
                    m.get("plan.status", text("status." + code).toUpperCase(Locale.ROOT)), text("status." + code + ".help"), conditions,
                    register(a.status().register()), a.notices().stream().map(this::notice).toList(), timeline, violations, bans,
                    a.facts().jurisdiction().country() == Country.RU ? m.get("plan.checkBan") : "", review, warning, pending,
                    a.ignoredLaterEvents() > 0 ? m.get("plan.ignored", a.ignoredLaterEvents()) : "", m.get("plan.footer"), labels);
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
            return new Register(m.get(r.listed() ? "register.listed" : "register.grounds", r.since().toString()), m.get("register.restrictions"),
                    restrictions, m.get("register.duties"), duties,
                    r.breachesToDeportation() > 0 ? m.get("register.breaches", r.breachesToDeportation()) : "",
                    m.get("register.leave"), r.removalGrounds().stream().map(x -> m.get("removal." + x)).toList(),
                    m.get("register.check", String.join(", ", r.checkSites())), sources(r.basis()));
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
            args.add(n.since().toString());
            return m.get(key, args.toArray());
        }

        private String stay(Stay s) {
            String purpose = m.get("purpose." + s.purpose().word());
            if (s.planned()) {
                return text("plan.stay.planned", s.entry().toString(), purpose);
            }
            return s.exit() == null ? text("plan.stay.ongoing", s.entry().toString(), purpose)
                    : text("plan.stay.ended", s.entry().toString(), purpose, s.exit().toString());
        }

        private Item obligation(Obligation o) {
            String due = o.due() == null ? m.get("plan.open") : o.due().toString();
            String id = o.id().key();
            String key = "obligation." + id + (o.terms().equals("reissue") ? ".reissue" : o.terms().isEmpty() ? ".plain" : "");
            String title = m.has(key) || m.has(key + variant) ? text(key, terms(o)) : text("obligation." + id, terms(o));
            String cost = String.join(", ", o.costs().stream().map(c -> m.money(c.amount()) + " (" + m.get("cost." + c.item().key()) + ")").toList());
            String state = o.state().key();
            String consequence = state.equals("pending") || state.equals("missed") ? consequence(o.ifMissed()) : "";
            return new Item(due, state, m.get("state." + state), title, cost, consequence, sources(o.basis()));
        }

        private Item violation(Violation v) {
            StringBuilder line = new StringBuilder(m.get("violation." + v.kind().key()));
            if (v.days() > 0) {
                line.append(", ").append(m.get("plan.days", v.days()));
            }
            if (v.ongoing()) {
                line.append(", ").append(m.get("plan.ongoing"));
            }
            if (!v.detail().isEmpty()) {
                line.append(" (").append(v.detail()).append(')');
            }
            return new Item(v.date().toString(), "", "", line.toString(), "", consequence(v.consequence()),
                    v.basis().isEmpty() ? "" : sources(v.basis()));
        }

        private Item ban(Ban b) {
            String title = m.get("ban.reason." + b.reason().key()) + ", " + length(b.months()) + (b.mandatory() ? "" : " " + m.get("ban.discretionary"));
            return new Item(b.from() + " \u2013 " + b.until(), "", "", title, "", "", sources(b.basis()));
        }

        private String terms(Obligation o) {
            return terms(o.terms());
        }

        /** A law's wording of a term ("15 days", "90 days in 180", "patent") in this language. */
        private String terms(String t) {
            return wordTerms(m, t);
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

        /** Several parameters often share a source: each source once, marked if any use of it is an assumption. */
        private String sources(List<Basis> basis) {
            Set<String> seen = new LinkedHashSet<>();
            Set<String> assumed = new java.util.HashSet<>();
            for (Basis b : basis) {
                for (String piece : b.source().split("; ")) {
                    seen.add(piece);
                    if (b.assumption()) {
                        assumed.add(piece);
                    }
                }
            }
            if (seen.isEmpty()) {
                return m.get("plan.none");
            }
            return String.join("; ", seen.stream().map(p -> assumed.contains(p) ? p + " [" + m.get("plan.assumption") + "]" : p).toList());
        }
    }
}
