package org.corridor.evidence.compare;

import java.util.List;
import java.util.function.Function;
import org.corridor.evidence.observation.Declarations;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.targets.Target;
import org.corridor.evidence.targets.Targets;

/**
 * The one place that decides each observation's {@link FigureClass} in one calibration: a function of
 * the observation, the calibration's target set, what the data declare (inputs.csv, not-comparable.csv)
 * and what the run has for it. Another target set (a calibration held back in time, targets by year)
 * gives another instance, and so other classes for the same figures; nothing about TARGET or
 * TARGET_ALIKE is stored with an observation.
 *
 * <p>The first rule that holds decides:
 * <ol>
 * <li>TARGET: the calibration fits it;</li>
 * <li>NOT_COMPARABLE: its definition is one the model cannot reproduce (declared, with the reason), so no
 * error is computed, even for an input (the reason then names the input too);</li>
 * <li>INPUT: the model reads it or a value derived from it (declared in inputs.csv);</li>
 * <li>NO_OUTPUT: the run has no figure for it;</li>
 * <li>TARGET_ALIKE: it measures what a target measures: the same quantity (the indicator, or the one
 * indicators.csv says it measures in other terms, as remittances as a share of GDP measure remittances),
 * origin, destination and sex over an overlapping period, or the same conflict group;</li>
 * <li>CHECK: the rest, the only figures the validation's statistics count.</li>
 * </ol>
 */
public final class FigureClasses {
    /** A figure's class in one calibration, and the reason for it (empty for a check). */
    public record Classified(FigureClass figureClass, String reason) {
    }

    private final Targets targets;
    private final Declarations declarations;
    private final List<Observation> targetObservations;
    private final Function<Observation, String> quantity;

    /**
     * @throws IllegalArgumentException if a target is declared an input or not comparable: a calibration
     *     cannot fit a figure the model reads, or one it cannot reproduce
     */
    public FigureClasses(Observations observations, Targets targets, Declarations declarations) {
        this.targets = targets;
        this.declarations = declarations;
        this.targetObservations = targets.all().stream().map(t -> observations.get(t.observation())).toList();
        this.quantity = observations::quantityOf;
        for (Observation t : targetObservations) {
            if (declarations.input(t.id()) != null) {
                throw new IllegalArgumentException("the target " + t.id() + " is declared an input in " + Declarations.INPUTS
                        + ": a calibration cannot be fitted to a figure the model reads");
            }
            if (declarations.notComparable(t.id()) != null) {
                throw new IllegalArgumentException("the target " + t.id() + " is declared not comparable in " + Declarations.NOT_COMPARABLE
                        + ": " + declarations.notComparable(t.id()));
            }
        }
    }

    /** The class of an observation in this calibration, given what the run has for it. */
    public Classified of(Observation o, Simulated simulated) {
        return decide(o, targets.get(o.id()), simulated, declarations, targetObservations, quantity);
    }

    /** The observation against the run's figure, classed, with its target's tolerance or the checks'. */
    public Comparison compare(Observation o, Simulated simulated) {
        Target t = targets.get(o.id());
        return new Comparison(o, t, simulated, t == null ? Comparisons.CHECK_TOLERANCE : t.tolerance(),
                decide(o, t, simulated, declarations, targetObservations, quantity));
    }

    /**
     * The rules, in order (see the class comment).
     *
     * @param target the observation's target in the calibration, or null
     * @param targetObservations every target's observation in the calibration
     * @param quantity the quantity an observation measures (its indicator's, from indicators.csv)
     */
    static Classified decide(Observation o, Target target, Simulated simulated, Declarations declarations, List<Observation> targetObservations,
                             Function<Observation, String> quantity) {
        if (target != null) {
            return new Classified(FigureClass.TARGET, target.reason());
        }
        String notComparable = declarations.notComparable(o.id());
        Declarations.Input input = declarations.input(o.id());
        String feeds = input == null ? null : "feeds " + input.key() + " (" + input.input() + "): " + input.why();
        if (notComparable != null) {
            return new Classified(FigureClass.NOT_COMPARABLE, notComparable + (feeds == null ? "" : " Also an input: " + feeds));
        }
        if (input != null) {
            return new Classified(FigureClass.INPUT, feeds);
        }
        if (simulated instanceof Simulated.Missing m) {
            return new Classified(FigureClass.NO_OUTPUT, m.reason());
        }
        for (Observation t : targetObservations) {
            if (t.id().equals(o.id())) {
                continue;
            }
            if (o.inConflictGroup() && o.conflictGroup().equals(t.conflictGroup())) {
                return new Classified(FigureClass.TARGET_ALIKE, "in the conflict group " + o.conflictGroup() + " with the target " + t.id());
            }
            if (sameQuantity(o, t, quantity)) {
                return new Classified(FigureClass.TARGET_ALIKE, "the same quantity (" + quantity.apply(t).replace('_', ' ')
                        + "), origin, destination and sex as the target " + t.id() + " (" + t.period() + "), over an overlapping period");
            }
        }
        return new Classified(FigureClass.CHECK, "");
    }

    /** Whether two figures measure one quantity: the same quantity, origin, destination and sex, over periods that share a year. */
    static boolean sameQuantity(Observation a, Observation b, Function<Observation, String> quantity) {
        return quantity.apply(a).equals(quantity.apply(b)) && a.origin().equals(b.origin()) && a.destination().equals(b.destination())
                && a.sex().equals(b.sex()) && a.period().overlaps(b.period());
    }
}
