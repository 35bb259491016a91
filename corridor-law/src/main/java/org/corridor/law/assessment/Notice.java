package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * Something the law of the person's stay tells them that is neither an obligation with a due date nor
 * a violation: a procedure they will meet (fingerprints at the border), a regime that applies where
 * they are (the Amina app in the Moscow region), a rule that limits what they may do (a regional ban
 * on an occupation for patent holders).
 *
 * @param since the day it applies from (for the person: the later of the rule's date and the stay's)
 * @param details values the text needs, such as an occupation, a number of days or an address
 */
public record Notice(NoticeKind kind, LocalDate since, List<String> details, List<Basis> basis) {
    public Notice {
        details = List.copyOf(details);
        basis = List.copyOf(basis);
    }
}
