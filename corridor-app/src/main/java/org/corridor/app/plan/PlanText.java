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
        if (v.register() != null) {
            PlanView.Register r = v.register();
            out.append('\n').append(r.grounds()).append('\n');
            list(out, r.restrictionsTitle(), r.restrictions());
            list(out, r.dutiesTitle(), r.duties());
            line(out, r.breaches());
            list(out, r.leaveTitle(), r.leave());
            out.append('\n').append(r.check()).append('\n');
            detail(out, l.source(), r.sources());
        }
        if (!v.timeline().isEmpty()) {
            out.append('\n').append(l.timeline()).append('\n');
            for (PlanView.Item i : v.timeline()) {
                out.append("  ").append(pad(i.date(), 10)).append("  ").append(pad(i.stateLabel(), 10)).append("  ").append(i.title()).append('\n');
                detail(out, l.cost(), i.cost());
                detail(out, l.ifMissed(), i.consequence());
                detail(out, l.source(), i.sources());
            }
        }
        section(out, l.violations(), l.none(), v.violations(), l.consequence(), l.source());
        section(out, l.bans(), l.none(), v.bans(), l.consequence(), l.source());
        list(out, l.notices(), v.notices());
        list(out, l.pending(), v.pending());
        if (!v.checkBan().isEmpty()) {
            out.append('\n').append(v.checkBan()).append('\n');
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

    private static void section(StringBuilder out, String title, String none, List<PlanView.Item> items, String consequence,
                                String source) {
        out.append('\n').append(title).append('\n');
        if (items.isEmpty()) {
            out.append("  ").append(none).append('\n');
        }
        for (PlanView.Item i : items) {
            out.append("  ").append(i.date().length() > 10 ? i.date() : pad(i.date(), 10)).append("  ").append(i.title()).append('\n');
            detail(out, consequence, i.consequence());
            detail(out, source, i.sources());
        }
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

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
