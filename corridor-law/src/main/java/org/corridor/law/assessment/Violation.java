package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * A breach of the rules found in the history.
 *
 * @param kind what was breached
 * @param date the first day of the breach
 * @param days how many days it lasted (overstay days), or 0
 * @param ongoing whether it continues on the assessment date
 * @param detail a value from the facts, such as the article of an offence, or empty
 */
public record Violation(ViolationKind kind, LocalDate date, int days, boolean ongoing, String detail, Consequence consequence,
                        List<Basis> basis) {
    public Violation {
        detail = detail == null ? "" : detail;
        basis = List.copyOf(basis);
    }
}
