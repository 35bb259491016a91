package org.corridor.evidence.compare;

/** What a run says about an observation: a value in the observation's base unit, or why it cannot say. */
public sealed interface Simulated permits Simulated.Value, Simulated.Missing {

    record Value(double value) implements Simulated {
    }

    record Missing(String reason) implements Simulated {
    }

    static Simulated value(double v) {
        return Double.isFinite(v) ? new Value(v) : new Missing("the run has nothing to divide by for this figure (no migrants of this kind)");
    }

    static Simulated missing(String reason) {
        return new Missing(reason);
    }
}
