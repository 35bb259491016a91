/**
 * Global sensitivity analysis of an expensive model: which uncertain inputs move an output, and how
 * much.
 *
 * <p>Each evaluation of the model is a simulation run executed elsewhere (on Spark or in a loop), so
 * every method comes in two halves. A <em>design</em> ({@link org.corridor.spark.sensitivity.MorrisDesign},
 * {@link org.corridor.spark.sensitivity.SaltelliDesign}) lists the points of the unit cube
 * [0, 1]<sup>k</sup> to run, in a documented order; the caller maps each coordinate onto its
 * parameter's range, runs the model at every point, and hands the outputs, one double per point in
 * the design's order, to the matching <em>analysis</em>
 * ({@link org.corridor.spark.sensitivity.MorrisAnalysis}, {@link org.corridor.spark.sensitivity.SobolAnalysis}),
 * once per output of interest.
 *
 * <ul>
 *   <li>Morris elementary effects (Morris 1991; Campolongo, Cariboni and Saltelli 2007) screen many
 *       factors with few runs, r (k + 1), and rank them; they do not apportion variance.</li>
 *   <li>Sobol indices by Saltelli sampling (Saltelli et al. 2010; Jansen 1999) apportion the output's
 *       variance to factors or groups of factors, at N (k + 2) runs.</li>
 * </ul>
 *
 * <p>Everything here is pure and deterministic: the same arguments and seeds give the same designs and
 * the same indices on every machine.
 */
package org.corridor.spark.sensitivity;
