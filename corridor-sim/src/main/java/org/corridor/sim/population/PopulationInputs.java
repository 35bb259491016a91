package org.corridor.sim.population;

import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import org.corridor.sim.environment.Series;

/**
 * The inputs of the synthetic population (from {@code corridor/sim/population.yaml}): for each
 * origin its people, regions, fertility, education and household structure, and the demographic
 * constants shared by all.
 */
public record PopulationInputs(List<OriginInputs> origins, Shared shared) {
    public PopulationInputs {
        origins = List.copyOf(origins);
    }

    /**
     * @param population people by year (mid-year), read as a series
     * @param fertility total fertility rate by year
     * @param education shares of basic, secondary and vocational-or-higher
     */
    public record OriginInputs(String code, Series population, double urbanShare, List<String> regions, double[] regionShares,
                               double[] regionUrban, Series fertility, double[] education, double extendedRural,
                               double extendedUrban, double marriedSonStays, double femaleHead) {
        /** People at a month, extrapolated before the first point at the first interval's growth rate. */
        public double populationAt(YearMonth month) {
            NavigableMap<YearMonth, Double> points = population.points();
            YearMonth first = points.firstKey();
            if (!month.isBefore(first) || points.size() < 2) {
                return population.at(month);
            }
            var second = points.higherEntry(first);
            double years = java.time.temporal.ChronoUnit.MONTHS.between(first, second.getKey()) / 12.0;
            double growth = Math.log(second.getValue() / points.firstEntry().getValue()) / years;
            double back = java.time.temporal.ChronoUnit.MONTHS.between(month, first) / 12.0;
            return points.firstEntry().getValue() * Math.exp(-growth * back);
        }
    }

    public record Shared(double[] fertilitySchedule, double sexRatioAtBirth,
                         double birthSpacingYears, double firstBirthAge, double[] marriedShare, int[] spouseAgeGap, double[] headAgeWeights,
                         double incomePerAdult, double incomeDispersion, double ruralIncomeRatio, double passportShare) {
    }
}
