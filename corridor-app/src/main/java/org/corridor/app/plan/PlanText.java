package org.corridor.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Consequence;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.Violation;
import org.corridor.law.fact.Stay;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Country;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Penalty;

/**
 * The plan as text for a person or a case worker: the status, a dated timeline of what to do with
 * costs and consequences, violations and bans, each with its sources.
 */
final class PlanText {
    private static final String INDENT = " ".repeat(26);
    private final Messages m;
    /** The key suffix of texts worded for one jurisdiction, such as Kyrgyz internal registration. */
    private String variant = "";

    PlanText(Messages messages) {
        this.m = messages;
    }

    /** The text for {@code key}, in its variant for this jurisdiction where one exists. */
    private String text(String key, Object... args) {
        return m.has(key + variant) ? m.get(key + variant, args) : m.get(key, args);
    }

    String render(Assessment a, boolean regionDefaulted, boolean asOfDefaulted) {
        StringBuilder out = new StringBuilder();
        variant = "." + a.facts().jurisdiction().lawFolder();
        Country citizenship = a.facts().citizenship();
        out.append(m.get("plan.header", m.get("country.of." + citizenship.name()), m.get("jurisdiction." + a.facts().jurisdiction().name()),
                a.asOf().toString() + (asOfDefaulted ? " " + m.get("plan.today") : ""))).append('\n');
        if (regionDefaulted) {
            out.append(m.get("plan.regionDefaulted")).append('\n');
        }
        a.stay().ifPresent(s -> out.append(stay(s)).append('\n'));
        out.append('\n').append(m.get("plan.status", text("status." + a.status().code().key()).toUpperCase(java.util.Locale.ROOT)))
                .append(": ").append(text("status." + a.status().code().key() + ".help")).append('\n');
        for (String condition : a.status().conditions()) {
            out.append("  - ").append(m.get("condition." + condition)).append('\n');
        }
        if (!a.obligations().isEmpty()) {
            out.append('\n').append(m.get("plan.timeline")).append('\n');
            for (Obligation o : a.obligations()) {
                obligation(out, o);
            }
        }
        out.append('\n').append(m.get("plan.violations")).append('\n');
        if (a.violations().isEmpty()) {
            out.append("  ").append(m.get("plan.none")).append('\n');
        }
        for (Violation v : a.violations()) {
            violation(out, v);
        }
        out.append('\n').append(m.get("plan.bans")).append('\n');
        if (a.bans().isEmpty()) {
            out.append("  ").append(m.get("plan.none")).append('\n');
        }
        for (Ban b : a.bans()) {
            out.append("  ").append(b.from()).append(" \u2013 ").append(b.until()).append("  ")
                    .append(m.get("ban.reason." + b.reason())).append(", ").append(length(b.months()))
                    .append(b.mandatory() ? "" : " " + m.get("ban.discretionary")).append('\n');
            out.append(INDENT).append(m.get("plan.basis")).append(": ").append(sources(b.basis())).append('\n');
        }
        if (a.facts().jurisdiction().country() == Country.RU) {
            out.append('\n').append(m.get("plan.checkBan")).append('\n');
        }
        if (a.ignoredLaterEvents() > 0) {
            out.append('\n').append(m.get("plan.ignored", a.ignoredLaterEvents())).append('\n');
        }
        out.append('\n').append(m.get("plan.footer")).append('\n');
        return out.toString();
    }

    private String stay(Stay s) {
        String purpose = m.get("purpose." + s.purpose().word());
        if (s.planned()) {
            return text("plan.stay.planned", s.entry().toString(), purpose);
        }
        return s.exit() == null ? text("plan.stay.ongoing", s.entry().toString(), purpose)
                : text("plan.stay.ended", s.entry().toString(), purpose, s.exit().toString());
    }

    private void obligation(StringBuilder out, Obligation o) {
        String due = o.due() == null ? m.get("plan.open") : o.due().toString();
        String state = m.get("state." + o.state().key());
        String key = "obligation." + o.id() + (o.terms().equals("reissue") ? ".reissue" : o.terms().isEmpty() ? ".plain" : "");
        String title = m.has(key) || m.has(key + variant) ? text(key, terms(o)) : text("obligation." + o.id(), terms(o));
        out.append("  ").append(pad(due, 10)).append("  ").append(pad(state, 10)).append("  ").append(title).append('\n');
        if (!o.costs().isEmpty()) {
            List<String> costs = o.costs().stream().map(m::money).toList();
            out.append(INDENT).append(m.get("plan.cost")).append(": ").append(String.join(", ", costs)).append('\n');
        }
        if (o.state().key().equals("pending") || o.state().key().equals("missed")) {
            String c = consequence(o.ifMissed());
            if (!c.isEmpty()) {
                out.append(INDENT).append(m.get("plan.ifMissed")).append(": ").append(c).append('\n');
            }
        }
        out.append(INDENT).append(m.get("plan.basis")).append(": ").append(sources(o.basis())).append('\n');
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
        // "15 days", "7 working days", "90 days in 180": translate the unit words
        return t.replace("working days", m.get("unit.workingDays")).replace("days", m.get("unit.days"))
                .replace(" in ", " " + m.get("unit.in") + " ").replace("month", m.get("unit.month"));
    }

    private void violation(StringBuilder out, Violation v) {
        StringBuilder line = new StringBuilder(m.get("violation." + v.id()));
        if (v.days() > 0) {
            line.append(", ").append(m.get("plan.days", v.days()));
        }
        if (v.ongoing()) {
            line.append(", ").append(m.get("plan.ongoing"));
        }
        if (!v.detail().isEmpty()) {
            line.append(" (").append(v.detail()).append(')');
        }
        out.append("  ").append(pad(v.date().toString(), 10)).append("  ").append(line).append('\n');
        String c = consequence(v.consequence());
        if (!c.isEmpty()) {
            out.append(INDENT).append(m.get("plan.consequence")).append(": ").append(c).append('\n');
        }
        if (!v.basis().isEmpty()) {
            out.append(INDENT).append(m.get("plan.basis")).append(": ").append(sources(v.basis())).append('\n');
        }
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
            parts.add(m.get("consequence.banScale", String.join(", ", steps))
                    + (c.banMandatory() ? "" : " " + m.get("ban.discretionary")));
        }
        if (c.banMonths() > 0) {
            parts.add(m.get("consequence.ban", length(c.banMonths())));
        }
        if (!c.effect().isEmpty()) {
            parts.add(m.get("effect." + c.effect()));
        }
        if (!c.losesAccessTo().isEmpty()) {
            parts.add(m.get("consequence.loses", String.join(", ", c.losesAccessTo().stream().map(g -> m.get("gate." + g)).toList())));
        }
        return String.join("; ", parts);
    }

    private String length(int months) {
        return months % 12 == 0 ? m.get("plan.years", months / 12) : m.get("plan.months", months);
    }

    private String sources(List<Basis> basis) {
        // several parameters often share a source: print each source once, marked if any use of it is an assumption
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
        List<String> marked = seen.stream().map(p -> assumed.contains(p) ? p + " [" + m.get("plan.assumption") + "]" : p).toList();
        seen = new LinkedHashSet<>(marked);
        return seen.isEmpty() ? m.get("plan.none") : String.join("; ", seen);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
