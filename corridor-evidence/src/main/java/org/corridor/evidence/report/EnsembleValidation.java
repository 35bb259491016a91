package org.corridor.evidence.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.ConflictGroup;
import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.outputs.YearTable;

/**
 * An ensemble's replicas against the evidence. Each replica is compared exactly as a single run is
 * ({@link Comparisons#of} over its own {@link SimulatedFigures}); each observation's figures across
 * the replicas then give a {@link Band}, whose median stands where a run's figure would, in a
 * {@link Comparison} with the observation's own target, tolerance and class (classed again on the median). So the errors, the summaries of
 * each class of observation and the conflict groups are the single-run report's, read off the median.
 */
public final class EnsembleValidation {
    private final String arm;
    private final List<SimulatedFigures> replicas;
    private final List<Comparisons> perReplica;
    private final Comparisons medians;
    private final Map<String, Band> bands;
    private final YearTable mean;

    private EnsembleValidation(String arm, List<SimulatedFigures> replicas, List<Comparisons> perReplica, Comparisons medians,
                               Map<String, Band> bands, YearTable mean) {
        this.arm = arm;
        this.replicas = replicas;
        this.perReplica = perReplica;
        this.medians = medians;
        this.bands = bands;
        this.mean = mean;
    }

    /**
     * @param arm the ensemble's arm the tables are of ({@code baseline} or {@code scenario}), for the report
     * @param tables one per replica, over the same months
     */
    public static EnsembleValidation of(String arm, List<YearTable> tables, Evidence evidence) {
        return of(arm, tables, evidence, evidence.classes());
    }

    /** The replicas classed by one calibration's targets (those its record lists). */
    public static EnsembleValidation of(String arm, List<YearTable> tables, Evidence evidence, FigureClasses classes) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one replica");
        }
        List<SimulatedFigures> figures = tables.stream().map(t -> new SimulatedFigures(t, evidence.gdp())).toList();
        List<Comparisons> perReplica = figures.stream().map(f -> Comparisons.of(evidence.observations(), classes, f)).toList();
        List<Comparison> first = perReplica.get(0).all();
        List<Comparison> medians = new ArrayList<>(first.size());
        Map<String, Band> bands = new HashMap<>();
        for (int k = 0; k < first.size(); k++) {
            int index = k;
            Comparison c = first.get(k);
            Band band = Band.ofFigures(perReplica.stream().map(r -> r.all().get(index).simulated()).toList());
            if (band != null) {
                bands.put(c.observation().id(), band);
            }
            // With no replica's value, the first replica's reason stands: the replicas share the figure's definition.
            Simulated median = band == null ? c.simulated() : Simulated.value(band.median());
            medians.add(classes.compare(c.observation(), median));
        }
        return new EnsembleValidation(arm, figures, perReplica, new Comparisons(medians), Map.copyOf(bands),
                YearTable.mean(tables));
    }

    public String arm() {
        return arm;
    }

    public int replicas() {
        return replicas.size();
    }

    /** Every observation against the replicas' median, as a single run's comparisons are against its figures. */
    public Comparisons medians() {
        return medians;
    }

    /** The replicas' mean table: the ensemble as a whole, for the indicators computed from a table. */
    public YearTable mean() {
        return mean;
    }

    /** The band of one of {@link #medians()}, or null when no replica has a value for it or it is not compared (not comparable). */
    public Band band(Comparison c) {
        return c.compared() ? bands.get(c.observation().id()) : null;
    }

    public boolean withinBand(Comparison c) {
        Band b = band(c);
        return b != null && b.holds(c.observation());
    }

    /** How many of the comparisons given fall within their band. */
    public int withinBand(List<Comparison> comparisons) {
        return (int) comparisons.stream().filter(this::withinBand).count();
    }

    /** The band of any observation (a single year of one, for the charts): each replica's figure as a run's. */
    Band band(Observation o) {
        return Band.ofFigures(replicas.stream().map(f -> f.of(o)).toList());
    }

    /**
     * The band of each conflict group's simulated value, in the order of {@link Comparisons#conflictGroups()}:
     * each replica's value for the group as a run's (the mean over its members), spread over the replicas.
     */
    List<Band> conflictBands() {
        List<List<ConflictGroup>> groups = perReplica.stream().map(Comparisons::conflictGroups).toList();
        return IntStream.range(0, groups.get(0).size())
                .mapToObj(g -> Band.of(groups.stream().mapToDouble(replica -> replica.get(g).simulated()).toArray()))
                .toList();
    }
}
