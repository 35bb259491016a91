package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * The person's situation on the assessment date, with every condition behind it (for example both
 * {@code overstay} and {@code unauthorised-work}); {@link #code()} is the most serious one.
 */
public record Status(StatusCode code, List<StatusCondition> conditions, List<Basis> basis) {
    public Status {
        conditions = List.copyOf(conditions);
        basis = List.copyOf(basis);
    }
}
