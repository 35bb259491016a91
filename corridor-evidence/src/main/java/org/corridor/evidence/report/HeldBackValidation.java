package org.corridor.evidence.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.ErrorSummary;
import org.corridor.evidence.compare.FigureClass;
import org.corridor.evidence.observation.Observation;

/**
 * The validation held back in time: the same figures set against the shipped baseline (classed by the
 * shipped calibration's targets) and against a scenario calibrated on the figures dated up to a year only
 * (classed by its targets, so every later figure is a check of it). A figure is "up to" the year when its
 * period ends by then, and "after" it otherwise (a span reaching past the year holds held-back data).
 *
 * <p>The errors by kind count the figures that are checks in the held-back calibration and compared in
 * both runs; beside the held-back model's error on them stands the shipped model's, which was fitted to
 * some of them (how many is said).
 */
public final class HeldBackValidation {
    /** One figure in both calibrations. */
    public record Figure(Observation observation, String kind, boolean after, Comparison shipped, Comparison heldBack) {
    }

    /**
     * The errors of one kind of figure on one side of the year.
     *
     * @param figures the figures that are checks of the held-back calibration, compared in both runs
     * @param fittedByShipped how many of them the shipped calibration fitted or measures the same as a target of
     */
    public record KindRow(String kind, boolean after, int figures, int fittedByShipped, ErrorSummary heldBack, ErrorSummary shipped) {
    }

    private final int until;
    private final String heldBackScenario;
    private final List<Figure> figures;
    private final Function<Observation, String> kind;

    private HeldBackValidation(int until, String heldBackScenario, List<Figure> figures, Function<Observation, String> kind) {
        this.until = until;
        this.heldBackScenario = heldBackScenario;
        this.figures = List.copyOf(figures);
        this.kind = kind;
    }

    /**
     * @param shipped every observation against the shipped run, in the shipped calibration's classes
     * @param heldBack every observation against the held-back run, in the held-back calibration's classes (the same order)
     */
    public static HeldBackValidation of(int until, String heldBackScenario, Comparisons shipped, Comparisons heldBack,
                                        Function<Observation, String> kind) {
        if (shipped.all().size() != heldBack.all().size()) {
            throw new IllegalArgumentException("the two comparisons must hold the same observations");
        }
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < shipped.all().size(); k++) {
            Comparison s = shipped.all().get(k);
            Comparison h = heldBack.all().get(k);
            if (!s.observation().id().equals(h.observation().id())) {
                throw new IllegalArgumentException("the two comparisons must hold the same observations in the same order");
            }
            figures.add(new Figure(s.observation(), kind.apply(s.observation()), s.observation().period().last() > until, s, h));
        }
        return new HeldBackValidation(until, heldBackScenario, figures, kind);
    }

    public int until() {
        return until;
    }

    public String heldBackScenario() {
        return heldBackScenario;
    }

    public List<Figure> figures() {
        return figures;
    }

    /** The held-back calibration's checks that both runs compare, on one side of the year. */
    public List<Figure> checks(boolean after) {
        return figures.stream().filter(f -> f.after() == after && f.heldBack().figureClass() == FigureClass.CHECK
                && f.heldBack().compared() && f.shipped().compared()).toList();
    }

    /** The held-back calibration's targets (its fit). */
    public ErrorSummary heldBackFit() {
        return ErrorSummary.of(figures.stream().map(Figure::heldBack).filter(c -> c.figureClass() == FigureClass.TARGET).toList());
    }

    /** Every kind on one side of the year, then "every kind"; kinds in alphabetical order. */
    public List<KindRow> byKind(boolean after) {
        Map<String, List<Figure>> byKind = new TreeMap<>();
        for (Figure f : checks(after)) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        List<KindRow> rows = new ArrayList<>();
        byKind.forEach((k, fs) -> rows.add(row(k, after, fs)));
        rows.add(row("every kind", after, checks(after)));
        return rows;
    }

    private static KindRow row(String kind, boolean after, List<Figure> fs) {
        int fitted = (int) fs.stream().filter(f -> f.shipped().figureClass() == FigureClass.TARGET
                || f.shipped().figureClass() == FigureClass.TARGET_ALIKE).count();
        return new KindRow(kind, after, fs.size(), fitted, ErrorSummary.of(fs.stream().map(Figure::heldBack).toList()),
                ErrorSummary.of(fs.stream().map(Figure::shipped).toList()));
    }

    /** How many figures each pair of classes (shipped, held-back) holds, e.g. "target -> check". */
    public Map<String, Integer> classChanges() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Figure f : figures) {
            counts.merge(f.shipped().figureClass().key() + " -> " + f.heldBack().figureClass().key(), 1, Integer::sum);
        }
        return counts;
    }
}
