package org.corridor.app.plan;

import java.util.List;

/** The plan as text for a terminal: the status, a dated timeline, violations and bans, with sources. */
final class PlanText {
    private static final String INDENT = " ".repeat(26);

    private PlanText() {
    }

    static String render(PlanView v) {
        StringBuilder out = new StringBuilder();
        out.append(v.header()).append('\n');
        line(out, v.regionNote());
        line(out, v.stayLine());
        if (!v.reviewWarning().isEmpty()) {
            out.append('\n').append(v.reviewWarning()).append('\n');
        }
        out.append('\n').append(v.status()).append(": ").append(v.statusHelp()).append('\n');
        for (String condition : v.conditions()) {
            out.append("  - ").append(condition).append('\n');
        }
        PlanView.Labels l = v.labels();
        if (!v.next().isEmpty()) {
            out.append('\n').append(l.next()).append('\n');
            for (PlanView.Next n : v.next()) {
                out.append("  ").append(n.urgent() ? n.when().toUpperCase(java.util.Locale.ROOT) : n.when()).append(": ").append(n.title()).append('\n');
                detail(out, l.cost(), n.cost());
                detail(out, l.whatNow(), n.action() + (n.where().isEmpty() ? "" : " (" + n.where() + ")"));
            }
        }
        for (PlanView.Advice a : v.conditionAdvice()) {
            advice(out, l, a);
        }
        if (v.register() != null) {
            PlanView.Register r = v.register();
            out.append('\n').append(r.grounds()).append('\n');
            list(out, r.restrictionsTitle(), r.restrictions());
            list(out, r.dutiesTitle(), r.duties());
            line(out, r.breaches());
            list(out, r.leaveTitle(), r.leave());
            out.append('\n').append(r.check()).append('\n');
            sources(out, l, r.sources());
            advice(out, l, r.advice());
        }
        steps(out, l, l.timeline(), v.timeline());
        steps(out, l, l.done(), v.done());
        section(out, l, l.violations(), v.violations());
        section(out, l, l.bans(), v.bans());
        list(out, l.notices(), v.notices());
        list(out, l.pending(), v.pending().stream().map(PlanView.Pending::text).toList());
        if (v.checkBan() != null) {
            out.append('\n').append(v.checkBan().title()).append('\n');
            advice(out, l, v.checkBan());
        }
        if (!v.ignored().isEmpty()) {
            out.append('\n').append(v.ignored()).append('\n');
        }
        out.append('\n').append(v.review()).append('\n');
        out.append(v.footer()).append('\n');
        return out.toString();
    }

    /** A blank line, a title and its items, one per line; nothing where there are no items. */
    private static void list(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (String line : lines) {
            out.append("  - ").append(line).append('\n');
        }
    }

    private static void steps(StringBuilder out, PlanView.Labels l, String title, List<PlanView.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (PlanView.Item i : items) {
            out.append("  ").append(i.date()).append("  ").append(i.stateLabel()).append("  ").append(i.title()).append('\n');
            detail(out, l.cost(), i.cost());
            detail(out, l.ifMissed(), i.consequence());
            sources(out, l, i.sources());
            advice(out, l, i.advice());
        }
    }

    private static void section(StringBuilder out, PlanView.Labels l, String title, List<PlanView.Item> items) {
        out.append('\n').append(title).append('\n');
        if (items.isEmpty()) {
            out.append("  ").append(l.none()).append('\n');
        }
        for (PlanView.Item i : items) {
            out.append("  ").append(i.date()).append("  ").append(i.title()).append('\n');
            detail(out, l.consequence(), i.consequence());
            sources(out, l, i.sources());
            advice(out, l, i.advice());
        }
    }

    private static void sources(StringBuilder out, PlanView.Labels l, PlanView.Sources s) {
        if (!s.laws().isEmpty()) {
            detail(out, l.source(), String.join("; ", s.laws()));
        }
        detail(out, l.citations(), s.citations());
    }

    /** What to do now, step by step, with where to go, what to bring and what not to do. */
    private static void advice(StringBuilder out, PlanView.Labels l, PlanView.Advice a) {
        if (a == null) {
            return;
        }
        if (!a.inFull()) {
            out.append(INDENT).append(l.seeAbove()).append('\n');
            return;
        }
        out.append(INDENT).append(l.whatNow()).append(":\n");
        int n = 0;
        for (PlanView.Step s : a.steps()) {
            out.append(INDENT).append("  ").append(++n).append(". ").append(s.text()).append('\n');
            if (!s.bring().isEmpty()) {
                out.append(INDENT).append("     ").append(l.bring()).append(": ").append(s.bring()).append('\n');
            }
            for (PlanView.Place p : s.places()) {
                out.append(INDENT).append("     ").append(String.join(", ", java.util.stream.Stream.of(p.name(), p.address(), p.phone(), p.url(), p.hours(),
                        p.unverified()).filter(x -> !x.isEmpty()).toList())).append('\n');
            }
        }
        for (String avoid : a.avoid()) {
            out.append(INDENT).append("  ").append(a.avoidTitle()).append(": ").append(avoid).append('\n');
        }
        detail(out, l.citations(), a.sources());
    }

    private static void line(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(text).append('\n');
        }
    }

    private static void detail(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append(INDENT).append(label).append(": ").append(value).append('\n');
        }
    }

}
