package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.regime.Basis;

/** One item a step costs, with the basis of its amount. */
public record Cost(CostItem item, Money amount, List<Basis> basis) {
    public Cost {
        basis = List.copyOf(basis);
    }
}
