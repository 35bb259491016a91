package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Rules;

/**
 * What a person meets at the Russian border beyond the migration card: fingerprints and a photo taken
 * at entry (Government Decree No. 1510 of 07.11.2024: Moscow's airports and Mashtakovo from 1 December
 * 2024, every checkpoint able to from 30 June 2025), and the entry application in the RuID app, which
 * a visa-free foreigner may file before entry from 30 June 2025, with no sanction for not filing.
 * Shown before a trip: for a planned entry, or to a person abroad.
 */
public final class BorderFormalitiesRule implements StayRule {
    /** Where fingerprints and a photo are taken at entry: {@code moscow-airports} or {@code all-checkpoints}. */
    public static final Key<String> BIOMETRICS = Key.text("entry.biometrics");
    /** The app for the entry application, with whether it is {@code voluntary}: {@code ruid-voluntary}. */
    public static final Key<String> APPLICATION = Key.text("entry.application");

    @Override
    public void apply(StayContext ctx, boolean focus, Findings out) {
        if (!focus || ctx.stay.ongoing()) {
            return;
        }
        LocalDate next = ctx.stay.planned() ? ctx.stay.entry() : ctx.asOf;
        Rules at = ctx.rulesOn(next);
        if (at.has(BIOMETRICS)) {
            out.notices.add(new Notice(NoticeKind.BIOMETRICS_AT_ENTRY, next, List.of(at.value(BIOMETRICS)), at.get(BIOMETRICS).basis()));
        }
        if (at.has(APPLICATION)) {
            out.notices.add(new Notice(NoticeKind.ENTRY_APPLICATION, next, List.of(at.value(APPLICATION)), at.get(APPLICATION).basis()));
        }
    }
}
