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
import org.corridor.law.assessment.Obligation;
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
 * @param checkBan where to check for a re-entry ban and how to appeal (Russia), or empty
 * @param ignored how many later events were ignored, or empty
 */
public record PlanView(String header, String regionNote, String stayLine, String status, String statusHelp, List<String> conditions,
                       List<Item> timeline, List<Item> violations, List<Item> bans, String checkBan, String ignored, String footer,
                       Labels labels) {

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
                         String source) {
    }

    public static PlanView of(Assessment a, Messages m, boolean regionDefaulted, boolean asOfDefaulted) {
        return new Builder(m, "." + a.facts().jurisdiction().lawFolder()).build(a, regionDefaulted, asOfDefaulted);
    }

    private static final java.util.regex.Pattern ROLLING = java.util.regex.Pattern.compile("(\\d+) days in (\\d+)");
    private static final java.util.regex.Pattern DAYS = java.util.regex.Pattern.compile("(\\d+) (working )?days?");

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
                    m.get("plan.cost"), m.get("plan.ifMissed"), m.get("plan.consequence"), m.get("plan.basis"));
            return new PlanView(header, regionDefaulted ? m.get("plan.regionDefaulted") : "", a.stay().map(this::stay).orElse(""),
                    m.get("plan.status", text("status." + code).toUpperCase(Locale.ROOT)), text("status." + code + ".help"), conditions, timeline,
                    violations, bans,
                    a.facts().jurisdiction().country() == Country.RU ? m.get("plan.checkBan") : "",
                    a.ignoredLaterEvents() > 0 ? m.get("plan.ignored", a.ignoredLaterEvents()) : "", m.get("plan.footer"), labels);
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
            String cost = String.join(", ", o.costs().stream().map(c -> m.money(c.amount())).toList());
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
            String t = o.terms();
            if (t.isEmpty()) {
                return "";
            }
            String key = "terms." + t.replace(' ', '-');
            if (m.has(key)) {
                return m.get(key);
            }
            // "15 days", "7 working days", "90 days in 180": each language orders these its own way
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
