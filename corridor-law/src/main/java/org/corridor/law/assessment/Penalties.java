package org.corridor.law.assessment;

import org.corridor.law.money.MoneyRange;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.Penalty;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * What an administrative violation costs: a fine and, where the law adds it, administrative
 * expulsion (Code of Administrative Offences arts. 18.8, 18.10). The expulsion rule is shared by the
 * stay-regime violations (no registration, overstay, unauthorised work); each fine is declared by the
 * rule it belongs to.
 */
public final class Penalties {
    /** Whether a stay-regime violation brings expulsion besides the fine: none, possible or mandatory. */
    public static final Key<Penalty.Expulsion> EXPULSION = Key.choice("fine.expulsion", Penalty.Expulsion.class, Penalty.Expulsion::parse);

    private Penalties() {
    }

    /** The penalty of a fine and, if given, the expulsion rule that goes with it. */
    static Penalty of(Rules rules, Key<MoneyRange> fineKey, Key<Penalty.Expulsion> expulsionKey) {
        Sourced<MoneyRange> fine = rules.get(fineKey);
        Sourced<Penalty.Expulsion> expulsion = expulsionKey == null ? Sourced.absent() : rules.get(expulsionKey);
        if (fine.basis().isEmpty() && !expulsion.present()) {
            return Penalty.NONE;
        }
        // a fine the law charges but whose amount the sources do not give is absent with its basis
        boolean unquantified = !fine.present() && !fine.basis().isEmpty();
        return new Penalty(fine.value(), unquantified, expulsion.orElse(Penalty.Expulsion.NONE), Basis.join(fine.basis(), expulsion.basis()));
    }
}
