package org.corridor.evidence;

import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Declarations;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.targets.SeriesTargets;
import org.corridor.evidence.targets.Targets;

/**
 * The bundled evidence: the sources' observations, the calibration targets among them, and the macro
 * inputs the comparison and the indicators need.
 *
 * @param declarations which observations the model reads as inputs, and which it cannot reproduce by definition
 * @param gdp GDP in current US$ million, by country and year
 * @param population total population, million persons
 * @param labourForce the labour force, million persons
 * @param fdi foreign direct investment, net inflows, US$ million
 * @param remittances the World Bank's remittance statistics (US$ million, and percent of GDP)
 */
public record Evidence(Observations observations, Targets targets, Declarations declarations, MacroTable gdp, MacroTable population, MacroTable labourForce,
                       MacroTable fdi, MacroTable remittances) {

    /**
     * The bundled evidence. The observations are those of observations.csv and every year of the series by
     * year (series-targets.csv, read from the World Bank's table); the targets, the point targets of
     * targets.csv and the targeted years of the series.
     */
    public static Evidence embedded() {
        MacroTable remittances = MacroTable.embedded("remittances_wb.csv");
        SeriesTargets series = SeriesTargets.embedded(remittances);
        Observations observations = Observations.embedded().with(series.observations());
        return new Evidence(observations, Targets.embedded(observations).plus(series.targets()), Declarations.embedded(observations),
                MacroTable.embedded("gdp_usd.csv"), MacroTable.embedded("population.csv"), MacroTable.embedded("labour_force.csv"),
                MacroTable.embedded("fdi_usd.csv"), remittances);
    }

    /** The classes of the observations in a calibration fitted to every declared target (targets.csv and the series' years). */
    public FigureClasses classes() {
        return classes(targets);
    }

    /**
     * The targets a scenario's calibration was fitted to: those its calibration block lists (the declared ones
     * among them), or every declared target when it has no block. A report classes a run by these, so that no
     * figure is called a target of a fit that never saw it.
     */
    public Targets fittedBy(String scenarioText) {
        return org.corridor.evidence.calibrate.CalibrationRecord.of(scenarioText).filter(r -> !r.targets().isEmpty())
                .map(r -> targets.only(r.targets())).orElse(targets);
    }

    /** The classes of the observations in a calibration with another target set (held back in time, by year). */
    public FigureClasses classes(Targets calibrationTargets) {
        return new FigureClasses(observations, calibrationTargets, declarations);
    }
}
