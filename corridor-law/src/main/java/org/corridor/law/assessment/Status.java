package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * The person's situation on the assessment date, with every condition behind it (for example both
 * {@code overstay} and {@code unauthorised-work}); {@link #code()} is the most serious one.
 *
 * @param register the grounds for the register of controlled persons, where the conditions include
 *     {@link StatusCondition#CONTROLLED_PERSONS_REGISTER}; otherwise null
 */
public record Status(StatusCode code, List<StatusCondition> conditions, List<Basis> basis, RegisterListing register) {
    public Status {
        conditions = List.copyOf(conditions);
        basis = List.copyOf(basis);
    }

    public Status(StatusCode code, List<StatusCondition> conditions, List<Basis> basis) {
        this(code, conditions, basis, null);
    }
}
