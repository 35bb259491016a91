package org.corridor.app.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan's essentials as plain text to copy into a messaging app: who and when, the status, what to
 * do now and next, the coming due dates, and that it is no legal advice. It carries no link (a link
 * would have to carry the plan), and stays under {@link #MAX_CHARS} so that it fits one message.
 */
public final class PlanShare {
    /** Short enough for one message in any messaging app. */
    public static final int MAX_CHARS = 1000;

    private PlanShare() {
    }

    public static String text(PlanView v, String footer) {
        List<String> lines = new ArrayList<>();
        lines.add(v.header());
        lines.add(v.status());
        for (PlanView.Next n : v.next()) {
            StringBuilder line = new StringBuilder("- ").append(n.when()).append(": ").append(n.title());
            if (!n.action().isEmpty()) {
                line.append(". ").append(n.action());
            }
            if (!n.where().isEmpty()) {
                line.append(" (").append(n.where()).append(')');
            }
            if (!n.cost().isEmpty()) {
                line.append("; ").append(n.cost());
            }
            lines.add(line.toString());
        }
        List<String> inNext = v.next().stream().map(PlanView.Next::anchor).toList();
        for (PlanView.Item i : v.timeline()) {
            if (!inNext.contains(i.anchor())) {
                lines.add("- " + i.date() + ": " + i.title());
            }
        }
        return fit(lines, footer);
    }

    /**
     * The lines that fit with the footer, in order. A later line that does not fit is left out whole
     * (a half date misleads); only the first three (who, the status, the first thing to do) are cut
     * with an ellipsis where even they are too long.
     */
    private static String fit(List<String> lines, String footer) {
        int budget = MAX_CHARS - footer.length() - 1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int room = budget - out.length() - 1;
            if (line.length() <= room) {
                out.append(line).append('\n');
            } else if (i < 3 && room > 1) {
                out.append(line, 0, room - 1).append('\u2026').append('\n');
            } else {
                break;
            }
        }
        return out.append(footer).toString();
    }
}
