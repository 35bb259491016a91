package org.corridor.evidence.targets;

/**
 * An observation the calibration fits, with how close the simulation must come.
 *
 * @param tolerance the relative error allowed, e.g. 0.25 for within 25% (of the range, if the source
 *     gives one)
 * @param weight the target's weight in the calibration's objective
 * @param reason why this figure is a target and how the tolerance was chosen
 */
public record Target(String observation, double tolerance, double weight, String reason) {
}
