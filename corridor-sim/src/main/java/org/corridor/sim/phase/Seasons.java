package org.corridor.sim.phase;

import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;

/** Twelve monthly factors of a seasonal pattern, scaled to average 1 so the pattern moves timing, not totals. */
final class Seasons {
    private Seasons() {
    }

    static double[] normalised(Behaviour b, String id) {
        BehaviourParameter p = b.parameter(id);
        if (p.values().size() != 12) {
            throw new IllegalArgumentException("behaviour parameter " + id + " needs 12 monthly values, has " + p.values().size());
        }
        double sum = 0;
        for (double v : p.values()) {
            sum += v;
        }
        double[] out = new double[12];
        for (int i = 0; i < 12; i++) {
            out[i] = p.values().get(i) * 12 / sum;
        }
        return out;
    }
}
