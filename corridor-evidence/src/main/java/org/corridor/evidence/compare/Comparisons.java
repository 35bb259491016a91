package org.corridor.evidence.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.targets.Target;
import org.corridor.evidence.targets.Targets;

/** Every observation against one run, split into the targets and the checks. */
public record Comparisons(List<Comparison> all) {
    /**
     * The tolerance a check (an observation that is not a target) is judged by: within half of the
     * figure. Checks have no declared tolerance, and the sources' own figures for one quantity often
     * differ by that much (see the conflict groups), so this asks for the right order of magnitude.
     */
    public static final double CHECK_TOLERANCE = 0.5;

    public static Comparisons of(Observations observations, Targets targets, SimulatedFigures run) {
        List<Comparison> all = new ArrayList<>();
        for (Observation o : observations.all()) {
            Target t = targets.get(o.id());
            all.add(new Comparison(o, t, run.of(o), t == null ? CHECK_TOLERANCE : t.tolerance()));
        }
        return new Comparisons(List.copyOf(all));
    }

    /** The conflict groups, in the order their first member appears. */
    public List<ConflictGroup> conflictGroups() {
        Map<String, List<Comparison>> groups = new LinkedHashMap<>();
        for (Comparison c : all) {
            if (c.observation().inConflictGroup()) {
                groups.computeIfAbsent(c.observation().conflictGroup(), k -> new ArrayList<>()).add(c);
            }
        }
        return groups.entrySet().stream().map(e -> new ConflictGroup(e.getKey(), e.getValue())).toList();
    }

    public List<Comparison> targets() {
        return all.stream().filter(Comparison::isTarget).toList();
    }

    public List<Comparison> checks() {
        return all.stream().filter(c -> !c.isTarget()).toList();
    }

    public ErrorSummary targetSummary() {
        return ErrorSummary.of(targets());
    }

    public ErrorSummary checkSummary() {
        return ErrorSummary.of(checks());
    }
}
