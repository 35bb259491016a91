package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Stay;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;

/**
 * Administrative offences ruled against the person, and the discretionary ban that repeated ones may
 * bring: two or more within three years, entry may be refused for three years from the last
 * (114-FZ art. 26(4)). Only offences recorded as events count; violations the assessment finds are
 * risks until a ruling makes them offences.
 */
final class OffenceRule {
    private OffenceRule() {
    }

    static void apply(List<Stay> stays, RuleBook book, Rules anyRules, Findings out) {
        List<Event> offences = new ArrayList<>();
        for (Stay s : stays) {
            offences.addAll(s.all(EventKind.OFFENCE));
        }
        Ban latest = null;
        for (int i = 0; i < offences.size(); i++) {
            Event e = offences.get(i);
            Rules at = book.rules(anyRules.jurisdiction(), anyRules.citizenship(), e.date());
            out.violations.add(new Violation("administrative-offence", e.date(), 0, false, e.value(), Consequence.NONE, List.of()));
            if (!at.repeatOffenceCount().present() || !at.repeatOffenceWindowYears().present() || !at.repeatOffenceBanYears().present()) {
                continue;
            }
            LocalDate windowStart = e.date().minusYears(at.repeatOffenceWindowYears().value());
            long within = offences.subList(0, i + 1).stream().filter(o -> o.date().isAfter(windowStart)).count();
            if (within >= at.repeatOffenceCount().value()) {
                latest = Ban.starting(e.date(), 12 * at.repeatOffenceBanYears().value(), "repeat-offences", false,
                        Basis.join(at.repeatOffenceCount().basis(), at.repeatOffenceWindowYears().basis(), at.repeatOffenceBanYears().basis()));
            }
        }
        if (latest != null) {
            out.bans.add(latest);
        }
    }
}
