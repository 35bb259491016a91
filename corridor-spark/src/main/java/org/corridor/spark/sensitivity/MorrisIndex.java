package org.corridor.spark.sensitivity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Morris measures of one factor, on the unit-cube scale: an effect is the change of the output per
 * unit change of the factor's coordinate in [0, 1], that is, per whole range of the parameter, so
 * factors of different units compare directly.
 *
 * @param factor the factor's index, 0-based, as in the design
 * @param mu the mean elementary effect; near zero for a factor whose effect changes sign
 * @param muStar the mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007), the
 *     measure to rank factors by
 * @param sigma the sample standard deviation (divisor r - 1) of the elementary effects: large relative
 *     to {@code muStar} when the factor acts non-linearly or through interactions
 * @param muStarLow the lower end of the bootstrap interval of {@code muStar}
 * @param muStarHigh the upper end of the bootstrap interval of {@code muStar}
 */
public record MorrisIndex(int factor, double mu, double muStar, double sigma, double muStarLow, double muStarHigh) {
    /** The indices ordered by {@code muStar}, largest first; ties by factor index. */
    public static List<MorrisIndex> rankByMuStar(Collection<MorrisIndex> indices) {
        return indices.stream()
                .sorted(Comparator.comparingDouble(MorrisIndex::muStar).reversed().thenComparingInt(MorrisIndex::factor))
                .toList();
    }
}
