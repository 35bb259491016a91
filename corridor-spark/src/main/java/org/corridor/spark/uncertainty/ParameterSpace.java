package org.corridor.spark.uncertainty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.behaviour.ParameterRange;
import org.corridor.sim.world.Origin;

/**
 * The uncertain behavioural parameters of a run as a unit cube: each {@link Factor} is one
 * coordinate in [0, 1], mapped onto its parameter's range. A point of the cube gives the behaviour
 * values to run with.
 *
 * <p>Parameters a scenario sets itself (its levers: the policy it is about) are held at the
 * scenario's value and are not factors; the baseline's calibrated values are drawn like any other,
 * within the range their fit supports.
 */
public final class ParameterSpace {
    private final Behaviour behaviour;
    private final List<Factor> factors;
    private final List<BehaviourParameter> varied;
    private final int[] offsets;
    private final Set<String> held;

    private ParameterSpace(Behaviour behaviour, Set<String> held) {
        this.behaviour = behaviour;
        this.held = Collections.unmodifiableSet(new TreeSet<>(held));
        List<Factor> fs = new ArrayList<>();
        List<BehaviourParameter> ps = new ArrayList<>();
        List<Integer> offs = new ArrayList<>();
        for (BehaviourParameter p : behaviour.parameters()) {
            ParameterRange r = p.range();
            if (held.contains(p.id()) || r.factors() == 0) {
                continue;
            }
            ps.add(p);
            offs.add(fs.size());
            for (int element : r.factorElements()) {
                if (element < 0) {
                    String how = r.vary().name().toLowerCase(java.util.Locale.ROOT);
                    fs.add(new Factor(p.id() + " (" + how + ")", p.id(), -1, r.low().get(0), r.high().get(0), r.basis()));
                } else {
                    fs.add(new Factor(p.id() + elementName(p, element), p.id(), element, r.low().get(element), r.high().get(element),
                            r.basis()));
                }
            }
        }
        this.factors = List.copyOf(fs);
        this.varied = List.copyOf(ps);
        this.offsets = offs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The space of a run's behaviour (the scenario's values applied), holding the parameters named. */
    public static ParameterSpace of(Behaviour behaviour, Set<String> held) {
        return new ParameterSpace(behaviour, held);
    }

    private static String elementName(BehaviourParameter p, int element) {
        if (p.perOrigin()) {
            return "[" + Origin.ALL[element].name() + "]";
        }
        return p.values().size() == 1 ? "" : "[" + element + "]";
    }

    public List<Factor> factors() {
        return factors;
    }

    public int dimensions() {
        return factors.size();
    }

    public Set<String> held() {
        return held;
    }

    /** The behaviour values at a point of the unit cube, for every varied parameter. */
    public Map<String, List<Double>> valuesAt(double[] u) {
        if (u.length != factors.size()) {
            throw new IllegalArgumentException("expected a point of " + factors.size() + " coordinates, got " + u.length);
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (int k = 0; k < varied.size(); k++) {
            BehaviourParameter p = varied.get(k);
            values.put(p.id(), p.range().at(p.values(), u, offsets[k]));
        }
        return values;
    }

    /** The point of the unit cube where every factor sits at the run's own value (clipped to its bounds). */
    public double[] centre() {
        double[] u = new double[factors.size()];
        for (int f = 0; f < u.length; f++) {
            Factor x = factors.get(f);
            double value = x.element() < 0 ? 1.0 : behaviour.parameter(x.parameter()).values().get(x.element());
            u[f] = Math.min(1, Math.max(0, (value - x.low()) / (x.high() - x.low())));
        }
        return u;
    }
}
