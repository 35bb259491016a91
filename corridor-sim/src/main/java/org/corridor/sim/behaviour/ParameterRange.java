package org.corridor.sim.behaviour;

import java.util.ArrayList;
import java.util.List;

/**
 * How uncertain a behavioural parameter is: the bounds an ensemble draws it from and a global
 * sensitivity analysis moves it across, how a list is varied, and why.
 *
 * <p>A parameter is varied through one or more <em>factors</em>, each a number in [0, 1] that maps
 * onto its bounds:
 * <ul>
 * <li>{@link Variation#EACH}: {@code low} and {@code high} have the value's shape; every element whose
 *     bounds differ is one factor (one per origin for a value per origin);</li>
 * <li>{@link Variation#SCALE}: one factor, a multiplier k in [low, high] on every element (the value
 *     is k = 1): the level of a profile is uncertain, its shape less so;</li>
 * <li>{@link Variation#AMPLITUDE}: one factor, a in [low, high], each element becoming
 *     {@code mean + a (element - mean)} (the value is a = 1): seasonal factors and shares keep their
 *     mean, and so their sum.</li>
 * </ul>
 */
public record ParameterRange(List<Double> low, List<Double> high, Variation vary, Basis basis, String reason) {
    public enum Variation {
        EACH, SCALE, AMPLITUDE
    }

    /** Where the bounds come from. */
    public enum Basis {
        /** The source's own interval. */
        SOURCE_INTERVAL,
        /** The spread between sources (or between a source's years or surveys). */
        SOURCE_SPREAD,
        /** No source gives bounds: a stated plausible range. */
        ASSUMPTION,
        /** The range a calibration's fit supports. */
        CALIBRATION,
        /** A fact or a policy lever, not an uncertain behaviour: not varied. */
        FIXED
    }

    public ParameterRange {
        low = List.copyOf(low);
        high = List.copyOf(high);
    }

    /** The number of factors: the elements with distinct bounds, or one for a scale or amplitude. */
    public int factors() {
        if (vary != Variation.EACH) {
            return low.get(0) < high.get(0) ? 1 : 0;
        }
        int n = 0;
        for (int k = 0; k < low.size(); k++) {
            if (low.get(k) < high.get(k)) {
                n++;
            }
        }
        return n;
    }

    /** The index into the value of each factor (for {@link Variation#EACH}), in order; -1 for the whole list. */
    public int[] factorElements() {
        int[] elements = new int[factors()];
        if (vary != Variation.EACH) {
            if (elements.length == 1) {
                elements[0] = -1;
            }
            return elements;
        }
        int n = 0;
        for (int k = 0; k < low.size(); k++) {
            if (low.get(k) < high.get(k)) {
                elements[n++] = k;
            }
        }
        return elements;
    }

    /**
     * The value at a point of the unit cube: {@code u[offset ..]} holds this parameter's factors, each
     * in [0, 1]. The value has the bounds' shape (the loader checks it).
     */
    public List<Double> at(List<Double> value, double[] u, int offset) {
        List<Double> out = new ArrayList<>(value);
        switch (vary) {
            case EACH -> {
                int f = offset;
                for (int k = 0; k < low.size(); k++) {
                    if (low.get(k) < high.get(k)) {
                        out.set(k, low.get(k) + u[f++] * (high.get(k) - low.get(k)));
                    }
                }
            }
            case SCALE -> {
                double k = lerp(u, offset);
                out.replaceAll(v -> v * k);
            }
            case AMPLITUDE -> {
                double a = lerp(u, offset);
                double mean = value.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                out.replaceAll(v -> mean + a * (v - mean));
            }
        }
        return out;
    }

    private double lerp(double[] u, int offset) {
        return factors() == 0 ? low.get(0) : low.get(0) + u[offset] * (high.get(0) - low.get(0));
    }
}
