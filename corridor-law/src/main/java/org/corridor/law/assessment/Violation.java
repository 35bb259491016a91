package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * A breach of the rules found in the history.
 *
 * @param id {@code registration-deadline-missed}, {@code overstay}, {@code application-deadline-missed},
 *     {@code unauthorised-work}, {@code administrative-offence}, {@code forged-document}, {@code expulsion}
 *     or {@code entry-during-ban}
 * @param date the first day of the breach
 * @param days how many days it lasted (overstay days), or 0
 * @param ongoing whether it continues on the assessment date
 * @param detail a value from the facts, such as the article of an offence, or empty
 */
public record Violation(String id, LocalDate date, int days, boolean ongoing, String detail, Consequence consequence,
                        List<Basis> basis) {
    public Violation {
        detail = detail == null ? "" : detail;
        basis = List.copyOf(basis);
    }
}
