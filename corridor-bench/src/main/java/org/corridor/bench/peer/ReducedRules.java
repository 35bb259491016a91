package org.corridor.bench.peer;

/**
 * The reduced corridor model both implementations run, for a like-for-like speed comparison with an
 * established agent-based framework (MASON), as the framework comparisons do (a fixed model, the
 * same rules, the same machine). Each month each person at home migrates with {@link #MIGRATE};
 * abroad, an unregistered person registers, an unauthorised one gets authorised, the police check,
 * and a check of someone not both registered and authorised sends them home; otherwise they earn,
 * remit a share, and go home with {@link #RETURN}. The probabilities are of the full model's order.
 */
final class ReducedRules {
    static final double MIGRATE = 0.01;
    static final double REGISTER = 0.69;
    static final double AUTHORISE = 0.25;
    static final double CHECK = 0.03;
    static final double RETURN = 0.08;
    static final double WAGE = 500;
    static final double REMIT_SHARE = 0.5;

    private ReducedRules() {
    }
}
