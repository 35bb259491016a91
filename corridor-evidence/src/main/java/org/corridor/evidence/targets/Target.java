package org.corridor.evidence.targets;

/**
 * An observation the calibration fits, with how close the simulation must come.
 *
 * @param tolerance the relative error allowed, e.g. 0.25 for within 25% (of the range, if the source
 *     gives one)
 * @param weight the target's weight in the calibration's objective
 * @param reason why this figure is a target and how the tolerance was chosen
 * @param series for a year of a series by year ({@link SeriesTargets}), the series' key, e.g.
 *     {@code remittances_gdp_share:TJ}; empty for a point target. A series' years share its weight.
 */
public record Target(String observation, double tolerance, double weight, String reason, String series) {
    /** A point target: one figure of observations.csv. */
    public Target(String observation, double tolerance, double weight, String reason) {
        this(observation, tolerance, weight, reason, "");
    }

    /** Whether the target is one year of a series ({@code series-targets.csv}). */
    public boolean inSeries() {
        return !series.isEmpty();
    }
}
