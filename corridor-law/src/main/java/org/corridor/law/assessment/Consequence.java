package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Penalty;

/**
 * What a missed obligation or a violation leads to.
 *
 * @param penalty the fine range and whether expulsion follows
 * @param banScale re-entry bans that follow from staying too long (empty where none)
 * @param banMonths a fixed re-entry ban in months, or 0
 * @param banMandatory whether the ban is imposed by law ("is not allowed") or at the authorities' discretion ("may be refused")
 * @param effect a further effect, or {@link Effect#NONE}
 * @param losesAccessTo services that depend on the obligation (Kyrgyz registration gates, 002:7420-7447)
 */
public record Consequence(Penalty penalty, List<BanStep> banScale, int banMonths, boolean banMandatory, Effect effect,
                          List<String> losesAccessTo, List<Basis> basis) {
    public static final Consequence NONE = new Consequence(Penalty.NONE, List.of(), 0, true, Effect.NONE, List.of(), List.of());

    public Consequence {
        penalty = penalty == null ? Penalty.NONE : penalty;
        banScale = List.copyOf(banScale);
        effect = effect == null ? Effect.NONE : effect;
        losesAccessTo = List.copyOf(losesAccessTo);
        basis = List.copyOf(basis);
    }
}
