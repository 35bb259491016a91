package org.corridor.evidence.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;

/**
 * Every observation against one run, each classed by {@link FigureClasses}: the statistics of the
 * independent checks count only {@link FigureClass#CHECK}; the targets' fit is reported apart, and the
 * inputs, the figures that measure what a target measures, the not comparable and the not simulated
 * are listed but never counted among the checks.
 */
public record Comparisons(List<Comparison> all) {
    /**
     * The tolerance a check (an observation that is not a target) is judged by: within half of the
     * figure. Checks have no declared tolerance, and the sources' own figures for one quantity often
     * differ by that much (see the conflict groups), so this asks for the right order of magnitude.
     */
    public static final double CHECK_TOLERANCE = 0.5;

    public Comparisons {
        all = List.copyOf(all);
    }

    /** Every observation against the run, classed for the calibration {@code classes} stands for. */
    public static Comparisons of(Observations observations, FigureClasses classes, SimulatedFigures run) {
        List<Comparison> all = new ArrayList<>();
        for (Observation o : observations.all()) {
            all.add(classes.compare(o, run.of(o)));
        }
        return new Comparisons(all);
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

    /** The figures of one class, in file order. */
    public List<Comparison> ofClass(FigureClass figureClass) {
        return all.stream().filter(c -> c.figureClass() == figureClass).toList();
    }

    public List<Comparison> targets() {
        return ofClass(FigureClass.TARGET);
    }

    /** The independent checks: the only figures the validation's statistics count. */
    public List<Comparison> checks() {
        return ofClass(FigureClass.CHECK);
    }

    /** How many figures each class holds, every class listed. */
    public Map<FigureClass, Integer> counts() {
        Map<FigureClass, Integer> counts = new LinkedHashMap<>();
        for (FigureClass k : FigureClass.values()) {
            counts.put(k, ofClass(k).size());
        }
        return counts;
    }

    public ErrorSummary targetSummary() {
        return ErrorSummary.of(targets());
    }

    /** The independent checks' errors: {@link FigureClass#CHECK} only. */
    public ErrorSummary checkSummary() {
        return ErrorSummary.of(checks());
    }

    /** The errors of one class (for the targets' fit and the figures that measure what a target measures). */
    public ErrorSummary summary(FigureClass figureClass) {
        return ErrorSummary.of(ofClass(figureClass));
    }

    /** The independent checks' errors by kind of figure ({@code kind} of each observation), kinds in alphabetical order. */
    public Map<String, ErrorSummary> checkSummaryByKind(Function<Observation, String> kind) {
        Map<String, List<Comparison>> byKind = new TreeMap<>();
        for (Comparison c : checks()) {
            byKind.computeIfAbsent(kind.apply(c.observation()), k -> new ArrayList<>()).add(c);
        }
        Map<String, ErrorSummary> out = new LinkedHashMap<>();
        byKind.forEach((k, v) -> out.put(k, ErrorSummary.of(v)));
        return out;
    }
}
