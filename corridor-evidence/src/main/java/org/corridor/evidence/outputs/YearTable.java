package org.corridor.evidence.outputs;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * A run's outputs summed by calendar year, in full-population units (agent values over the scale):
 * people measures by year x origin x destination x sex (legal states added up), household measures
 * by year x origin, and how many months of each year the run reported; the people measures also for
 * each year's first half, for the few official counts given by the half-year. Observations are
 * annual, span whole years or are half-years, so this is all the comparison needs, and it is small
 * enough to keep per evaluation while calibrating.
 */
public final class YearTable {
    private static final int ORIGINS = Origin.ALL.length;
    private static final int PLACES = Place.DESTINATIONS.length;
    private static final int MEASURES = Measure.ALL.length;
    private static final int HOUSEHOLD_MEASURES = HouseholdMeasure.ALL.length;

    private final int firstYear;
    private final int[] months;
    private final double[] people;
    /** Months of January-June counted, by year, and the people measures summed over them. */
    private final int[] firstHalfMonths;
    private final double[] firstHalf;
    private final double[] households;

    public YearTable(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        int years = lastYear - firstYear + 1;
        this.months = new int[years];
        this.people = new double[years * ORIGINS * PLACES * 2 * MEASURES];
        this.firstHalfMonths = new int[years];
        this.firstHalf = new double[people.length];
        this.households = new double[years * ORIGINS * HOUSEHOLD_MEASURES];
    }

    /** Sums the reported months' tallies, dividing by the run's scale. */
    public static YearTable of(List<YearMonth> months, List<Tally> tallies, double scale) {
        YearTable t = new YearTable(months.get(0).getYear(), months.get(months.size() - 1).getYear());
        for (int k = 0; k < months.size(); k++) {
            t.add(months.get(k), tallies.get(k), scale);
        }
        return t;
    }

    /**
     * The cell-by-cell mean of tables over the same months (an ensemble's replicas): one table whose
     * ratios are ratios of the replicas' means, for the figures a report shows of the ensemble as a whole.
     */
    public static YearTable mean(List<YearTable> tables) {
        YearTable first = tables.get(0);
        YearTable mean = new YearTable(first.firstYear, first.lastYear());
        System.arraycopy(first.months, 0, mean.months, 0, first.months.length);
        System.arraycopy(first.firstHalfMonths, 0, mean.firstHalfMonths, 0, first.firstHalfMonths.length);
        for (YearTable t : tables) {
            if (t.firstYear != first.firstYear || !Arrays.equals(t.months, first.months)
                    || !Arrays.equals(t.firstHalfMonths, first.firstHalfMonths)) {
                throw new IllegalArgumentException("the tables cover different months");
            }
            for (int i = 0; i < mean.people.length; i++) {
                mean.people[i] += t.people[i] / tables.size();
                mean.firstHalf[i] += t.firstHalf[i] / tables.size();
            }
            for (int i = 0; i < mean.households.length; i++) {
                mean.households[i] += t.households[i] / tables.size();
            }
        }
        return mean;
    }

    /** Adds one month's tally. */
    public void add(YearMonth month, Tally tally, double scale) {
        int y = yearIndex(month.getYear());
        boolean firstHalfOfYear = month.getMonthValue() <= 6;
        months[y]++;
        firstHalfMonths[y] += firstHalfOfYear ? 1 : 0;
        for (Origin o : Origin.ALL) {
            for (int p = 0; p < PLACES; p++) {
                for (int sex = 0; sex < 2; sex++) {
                    for (Measure m : Measure.ALL) {
                        double sum = 0;
                        for (LegalState st : LegalState.ALL) {
                            sum += tally.get(o.ordinal(), Place.DESTINATIONS[p].ordinal(), sex, st.ordinal(), m);
                        }
                        people[index(y, o.ordinal(), p, sex, m)] += sum / scale;
                        if (firstHalfOfYear) {
                            firstHalf[index(y, o.ordinal(), p, sex, m)] += sum / scale;
                        }
                    }
                }
            }
            for (HouseholdMeasure m : HouseholdMeasure.ALL) {
                households[(y * ORIGINS + o.ordinal()) * HOUSEHOLD_MEASURES + m.ordinal()] += tally.get(o.ordinal(), m) / scale;
            }
        }
    }

    /**
     * Adds a value to a year without saying which month: the year's half-year figures are then not
     * available. Months are counted by {@link #countMonth(int)}.
     */
    public void addPeople(int year, Origin origin, Place place, int sex, Measure m, double value) {
        people[index(yearIndex(year), origin.ordinal(), placeIndex(place), sex, m)] += value;
    }

    /** Adds a row of series.csv, already divided by the scale. Months are counted by {@link #countMonth(YearMonth)}. */
    public void addPeople(YearMonth month, Origin origin, Place place, int sex, Measure m, double value) {
        int i = index(yearIndex(month.getYear()), origin.ordinal(), placeIndex(place), sex, m);
        people[i] += value;
        if (month.getMonthValue() <= 6) {
            firstHalf[i] += value;
        }
    }

    public void addHouseholds(int year, Origin origin, HouseholdMeasure m, double value) {
        households[(yearIndex(year) * ORIGINS + origin.ordinal()) * HOUSEHOLD_MEASURES + m.ordinal()] += value;
    }

    public void countMonth(int year) {
        months[yearIndex(year)]++;
    }

    public void countMonth(YearMonth month) {
        int y = yearIndex(month.getYear());
        months[y]++;
        firstHalfMonths[y] += month.getMonthValue() <= 6 ? 1 : 0;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + months.length - 1;
    }

    /** Whether the run reported all twelve months of the year. */
    public boolean complete(int year) {
        return year >= firstYear && year <= lastYear() && months[year - firstYear] == 12;
    }

    /** Whether the run reported, month by month, all six months of the year's first half and all six of its second. */
    public boolean halvesComplete(int year) {
        return complete(year) && firstHalfMonths[year - firstYear] == 6;
    }

    /** The year's sum of a people measure over the given origins, destinations and sexes. */
    public double people(int year, List<Origin> origins, List<Place> places, int[] sexes, Measure m) {
        return sum(people, year, origins, places, sexes, m);
    }

    /** The same over January-June only (see {@link #halvesComplete}). */
    public double peopleFirstHalf(int year, List<Origin> origins, List<Place> places, int[] sexes, Measure m) {
        return sum(firstHalf, year, origins, places, sexes, m);
    }

    private double sum(double[] cells, int year, List<Origin> origins, List<Place> places, int[] sexes, Measure m) {
        int y = yearIndex(year);
        double sum = 0;
        for (Origin o : origins) {
            for (Place p : places) {
                for (int sex : sexes) {
                    sum += cells[index(y, o.ordinal(), placeIndex(p), sex, m)];
                }
            }
        }
        return sum;
    }

    /** The year's sum of a household measure over the given origins. */
    public double households(int year, List<Origin> origins, HouseholdMeasure m) {
        int y = yearIndex(year);
        double sum = 0;
        for (Origin o : origins) {
            sum += households[(y * ORIGINS + o.ordinal()) * HOUSEHOLD_MEASURES + m.ordinal()];
        }
        return sum;
    }

    public int months(int year) {
        return months[yearIndex(year)];
    }

    private int yearIndex(int year) {
        int y = year - firstYear;
        if (y < 0 || y >= months.length) {
            throw new IllegalArgumentException("year " + year + " is outside the run's " + firstYear + "-" + lastYear());
        }
        return y;
    }

    private static int placeIndex(Place p) {
        for (int i = 0; i < PLACES; i++) {
            if (Place.DESTINATIONS[i] == p) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a destination: " + p);
    }

    private static int index(int y, int origin, int place, int sex, Measure m) {
        return (((y * ORIGINS + origin) * PLACES + place) * 2 + sex) * MEASURES + m.ordinal();
    }
}
