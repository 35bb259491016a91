package org.corridor.law.regime;

import java.util.List;
import java.util.Locale;
import org.corridor.law.money.MoneyRange;

/**
 * What an administrative violation costs: a fine range, whether a fine is charged whose amount the
 * sources do not give, and whether it brings administrative expulsion, with the basis of all three.
 */
public record Penalty(MoneyRange fine, boolean fineUnquantified, Expulsion expulsion, List<Basis> basis) {
    public enum Expulsion {
        NONE, POSSIBLE, MANDATORY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Expulsion parse(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public Penalty {
        expulsion = expulsion == null ? Expulsion.NONE : expulsion;
        basis = List.copyOf(basis);
    }

    public static final Penalty NONE = new Penalty(null, false, Expulsion.NONE, List.of());
}
