package org.corridor.sim.behaviour;

import java.util.List;

/**
 * One behavioural parameter of the model: its value (one number, or one per origin TJ, KG, UZ, or a
 * list such as twelve monthly factors), what it means, its source, and whether it is sourced from
 * the documents, an assumption set by hand, or calibrated (and against what); and its uncertainty range.
 *
 * @param perOrigin the value is given per origin ({TJ, KG, UZ}), not as a list
 */
public record BehaviourParameter(String id, String description, String unit, List<Double> values, String source, Status status,
                                 String note, ParameterRange range, boolean perOrigin, Allowed allowed) {
    /**
     * The values the model can run with at all, where they are narrower than the unit's (a share of a
     * fall made up of at most all of it; a memory of at least a month): a scenario setting a value
     * outside is refused where it is read.
     */
    public record Allowed(double atLeast, double atMost) {
        public static final Allowed ANY = new Allowed(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        public boolean admits(double v) {
            return v >= atLeast && v <= atMost;
        }

        @Override
        public String toString() {
            if (atMost == Double.POSITIVE_INFINITY) {
                return "at least " + atLeast;
            }
            return atLeast == Double.NEGATIVE_INFINITY ? "at most " + atMost : "between " + atLeast + " and " + atMost;
        }
    }

    public enum Status {
        /** Taken from a source line or release. */
        SOURCED,
        /** Set by hand where the sources give no number; to be calibrated (see MODEL.md). */
        ASSUMPTION,
        /** Fitted to targets by `corridor calibrate`; the note names the targets and the date. */
        CALIBRATED
    }

    public BehaviourParameter {
        values = List.copyOf(values);
    }

    /** The same parameter with another value, as a scenario, a calibration or an ensemble's draw sets it. */
    public BehaviourParameter withValues(List<Double> newValues, String newSource, Status newStatus, String newNote) {
        return new BehaviourParameter(id, description, unit, newValues, newSource, newStatus, newNote, range, perOrigin, allowed);
    }

    /** Whether the value may be negative: a utility (a term of the destination choice's logit) may; rates, shares and factors may not. */
    public boolean signed() {
        return unit.startsWith("utility");
    }

    public double value() {
        return values.get(0);
    }

    /** The value for an origin (0 TJ, 1 KG, 2 UZ) where one is given per origin, else the single value. */
    public double value(int index) {
        return values.size() == 1 ? values.get(0) : values.get(index);
    }
}
