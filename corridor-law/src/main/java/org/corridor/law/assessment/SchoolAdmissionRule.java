package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * From 1 April 2025 a foreign child is admitted to a Russian school only with a document proving
 * lawful stay and after passing a free test of Russian (Federal Law 544-FZ of 28.12.2024, Federal Law
 * 273-FZ arts. 67 and 78(2.1); Ministry of Education orders No. 170 and 171 of 04.03.2025). The
 * planner does not ask about children, so it tells everyone staying or planning to stay.
 */
public final class SchoolAdmissionRule implements StayRule {
    /** Whether school admission needs proof of lawful stay and a Russian test. */
    public static final Key<Boolean> LAWFUL_STAY_AND_TEST = Key.flag("school.lawful_stay_and_test");

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus || ctx.stay.exit() != null) {
            return;
        }
        Rules at = ctx.rulesOn(ctx.stay.planned() ? ctx.stay.entry() : ctx.asOf);
        if (at.requires(LAWFUL_STAY_AND_TEST)) {
            out.notices.add(new Notice(NoticeKind.SCHOOL_ADMISSION, at.get(LAWFUL_STAY_AND_TEST).basis().get(0).since(), List.of(),
                    at.get(LAWFUL_STAY_AND_TEST).basis()));
        }
    }
}
