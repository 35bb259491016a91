package org.corridor.spark.uncertainty;

import java.io.Serializable;
import org.corridor.sim.behaviour.ParameterRange;

/**
 * One dimension of the parameter space: a parameter, or one element of it, moved between its bounds.
 *
 * @param name the parameter id, with the element for one of several ({@code migration.base_hazard[TJ]})
 *     or the way a whole list moves ({@code migration.season (amplitude)})
 * @param element the index into the value, or -1 when the factor moves the whole list
 */
public record Factor(String name, String parameter, int element, double low, double high, ParameterRange.Basis basis)
        implements Serializable {
    /** The value at a point u in [0, 1] of this factor. */
    public double at(double u) {
        return low + u * (high - low);
    }
}
