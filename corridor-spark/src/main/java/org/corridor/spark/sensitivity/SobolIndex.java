package org.corridor.spark.sensitivity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Sobol indices of one group of factors (of one factor, in the per-factor design), as shares of
 * the output's variance, with their bootstrap intervals.
 *
 * <p>The first-order index is the share the group explains alone (for a group: with the interactions
 * among its own factors, the closed index); the total index adds every interaction with factors
 * outside it, so total minus first is the group's share through interactions, and a total near zero
 * means the group can be fixed anywhere in its range. Estimates carry sampling error: a first-order
 * index can come out slightly negative, or a first-order index slightly above its total.
 *
 * @param group the group's index, 0-based, in the design's groups (the factor's index in the per-factor design)
 * @param first the first-order index S
 * @param firstLow the lower end of the bootstrap interval of {@code first}
 * @param firstHigh the upper end of the bootstrap interval of {@code first}
 * @param total the total index ST
 * @param totalLow the lower end of the bootstrap interval of {@code total}
 * @param totalHigh the upper end of the bootstrap interval of {@code total}
 */
public record SobolIndex(int group, double first, double firstLow, double firstHigh, double total, double totalLow,
        double totalHigh) {
    /** The indices ordered by {@code total}, largest first; ties by group index. */
    public static List<SobolIndex> rankByTotal(Collection<SobolIndex> indices) {
        return indices.stream()
                .sorted(Comparator.comparingDouble(SobolIndex::total).reversed().thenComparingInt(SobolIndex::group))
                .toList();
    }
}
