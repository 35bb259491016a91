package org.corridor.sim.behaviour;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The behavioural parameters of a run, by id, with typed reads for the phases. Immutable; a scenario
 * changes a copy ({@link #with}).
 */
public final class Behaviour {
    private final Map<String, BehaviourParameter> parameters;

    public Behaviour(Collection<BehaviourParameter> parameters) {
        Map<String, BehaviourParameter> byId = new TreeMap<>();
        for (BehaviourParameter p : parameters) {
            byId.put(p.id(), p);
        }
        this.parameters = Collections.unmodifiableMap(byId);
    }

    public Collection<BehaviourParameter> parameters() {
        return parameters.values();
    }

    public boolean has(String id) {
        return parameters.containsKey(id);
    }

    public BehaviourParameter parameter(String id) {
        BehaviourParameter p = parameters.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no behaviour parameter " + id);
        }
        return p;
    }

    public double get(String id) {
        return parameter(id).value();
    }

    public double get(String id, int index) {
        return parameter(id).value(index);
    }

    /** A copy with some parameters replaced, as a scenario does. */
    public Behaviour with(Collection<BehaviourParameter> replacements) {
        Map<String, BehaviourParameter> copy = new TreeMap<>(parameters);
        for (BehaviourParameter p : replacements) {
            copy.put(p.id(), p);
        }
        return new Behaviour(copy.values());
    }
}
