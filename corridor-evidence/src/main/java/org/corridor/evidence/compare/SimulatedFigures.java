package org.corridor.evidence.compare;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * The simulated counterpart of each kind of observation, computed from a run's {@link YearTable}.
 * Stocks (people abroad, registered, banned; households) are means over the period's months; flows
 * (arrivals, bans issued, remittances) are totals over the period; shares are ratios of those, in
 * percent. Each definition is written in {@link #OUTPUTS}, which the report and MODEL.md show. A
 * half-year ({@code 2010-H1}) is read from the months of that half, for the people's stocks and flows
 * in {@link #BY_HALF_YEAR}; the household table and changes are by whole years.
 */
public final class SimulatedFigures {
    /** How each indicator is read from the outputs, for people reading the report. */
    public static final Map<String, String> OUTPUTS = Map.ofEntries(
            Map.entry("migrants_abroad", "series abroad (foreign citizens; those holding the destination's passport are series citizens), mean over the period's months"),
            Map.entry("destination_citizen_share", "series citizens over citizens and abroad, means over the period"),
            Map.entry("citizenship_acquisitions", "series naturalised (those who took the destination's citizenship while there), total over the period"),
            Map.entry("migrant_entries", "series arrivals, total over the period"),
            Map.entry("female_share", "series abroad of women over abroad of both sexes, means over the period"),
            Map.entry("male_share", "series abroad of men over abroad of both sexes, means over the period"),
            Map.entry("remittances_change", "series remittances_recorded_usd: the year's total over the year before's (for a span, the last year's over the first's), in percent change"),
            Map.entry("migrants_change", "series abroad: the mean over the year against the year before (for a span, the last year against the first), in percent change"),
            Map.entry("remittance_source_share", "series remittances_recorded_usd sent from the destination over remittances_recorded_usd from everywhere, totals over the period"),
            Map.entry("registered_migrants", "series registered, mean over the period's months"),
            Map.entry("irregular_migrants", "series irregular, mean over the period's months"),
            Map.entry("official_workers", "series authorised, mean over the period's months"),
            Map.entry("population", "households population (people alive, at home or abroad), mean over the period's months"),
            Map.entry("remittances_usd", "series remittances_recorded_usd (sent through operators and banks, before transfer fees; cash carried home is not recorded), total over the period"),
            Map.entry("remittances_gdp_share", "series remittances_recorded_usd over GDP in current dollars (macro/gdp_usd.csv), totals over the period"),
            Map.entry("remittances_all_channels_usd", "series remittances_usd (sent through every channel, cash carried home included), total over the period"),
            Map.entry("remittances_all_channels_gdp_share", "series remittances_usd over GDP in current dollars (macro/gdp_usd.csv), totals over the period"),
            Map.entry("remittance_per_migrant", "series remittances_usd over the mean number abroad, per month or per year as the unit says"),
            Map.entry("registered_share", "series registered over abroad, means over the period"),
            Map.entry("authorised_share", "series authorised over abroad, means over the period"),
            Map.entry("irregular_share", "series irregular over abroad, means over the period"),
            Map.entry("banned_stock", "series banned (people under a ban, at the place that banned them), mean over the period"),
            Map.entry("banned_new", "series newly_banned, total over the period"),
            Map.entry("expulsions", "series expelled, total over the period"),
            Map.entry("migration_violations_detected", "series prosecuted (found in breach at a check and not buying their way out), total over the period"),
            Map.entry("households_one_migrant_share", "households migrant_households less migrant_households_two and migrant_households_three_plus, over migrant_households, means over the period"),
            Map.entry("households_two_migrants_share", "households migrant_households_two over migrant_households, means over the period"),
            Map.entry("households_three_plus_migrants_share", "households migrant_households_three_plus over migrant_households, means over the period"),
            Map.entry("migrant_household_share", "households migrant_households over households, means over the period"),
            Map.entry("remittance_household_share", "households receiving (this month) over households, means over the period"),
            Map.entry("remittance_income_share", "households received_usd over received_usd plus home_income_usd, totals over the period"),
            Map.entry("children_parent_abroad", "households children_one_parent_abroad plus children_both_parents_abroad, mean over the period"),
            Map.entry("destination_share", "series abroad in the destination over abroad everywhere, means over the period"),
            Map.entry("remittance_investment_share", "households investing in a year (the period's total over its years) over the mean of receiving households"),
            Map.entry("remittance_savings_share", "households saved_usd over received_usd, totals over the period"),
            Map.entry("remittance_consumption_share", "households received_usd less saved_usd over received_usd, totals over the period"),
            Map.entry("migrant_wage", "series earnings_usd over working, per month"),
            Map.entry("wage_theft_share", "series unpaid over working, in a month"),
            Map.entry("police_check_share", "series checked over abroad, in a month"),
            Map.entry("stay_length", "mean number abroad over returns per month (Little's law), in months"));

    /** The indicators a run gives for a half-year: people's stocks and flows. */
    static final Set<String> BY_HALF_YEAR = Set.of("migrants_abroad", "migrant_entries", "expulsions", "migration_violations_detected",
            "banned_new", "banned_stock", "registered_migrants", "irregular_migrants", "official_workers", "remittances_usd",
            "remittances_all_channels_usd");

    /** The indicators that are totals over their period (the others are means or ratios). */
    public static final Set<String> FLOWS = Set.of("migrant_entries", "citizenship_acquisitions", "remittances_usd", "remittances_all_channels_usd", "banned_new", "expulsions",
            "migration_violations_detected");

    /**
     * The remittances official figures count. The amounts, changes, source shares and shares of GDP in
     * the observations come from central banks' or the World Bank's statistics, which are "computed
     * by the World Bank on the basis of bank transfers" (002:10395-10397) and the operators' reports
     * (002:12105-12108): cash carried home is not in them, so they are set against what the run sends
     * through operators. Survey figures, of what a migrant sends (remittance_per_migrant) or of what
     * households received in all (the remittances_all_channels indicators, such as Tajikistan's 2008
     * survey total, 003:530), count every channel and are set against everything sent.
     */
    private static final Measure RECORDED = Measure.REMITTANCES_RECORDED_USD;
    private static final int[] BOTH = {0, 1};
    private static final int[] MEN = {0};
    private static final int[] WOMEN = {1};
    private static final List<Place> RUSSIA = List.of(Place.RU_MOW, Place.RU_SPE, Place.RU_OTHER);
    private static final List<Place> EVERYWHERE = List.of(Place.DESTINATIONS);

    private final YearTable table;
    private final MacroTable gdp;

    /**
     * @param gdp GDP in millions of current US dollars by country (TJ, KG, UZ) and year
     */
    public SimulatedFigures(YearTable table, MacroTable gdp) {
        this.table = table;
        this.gdp = gdp;
    }

    /** The run's value for an observation, in the observation's base unit, or why there is none. */
    public Simulated of(Observation o) {
        Period p = o.period();
        if (!OUTPUTS.containsKey(o.indicator())) {
            return Simulated.missing("the model has no output for " + o.indicator().replace('_', ' '));
        }
        boolean change = o.indicator().endsWith("_change");
        if (p.halfYear() && !BY_HALF_YEAR.contains(o.indicator())) {
            return Simulated.missing("the run gives " + o.indicator().replace('_', ' ') + " by whole years, not half-years");
        }
        for (int y = change && p.years() == 1 ? p.first() - 1 : p.first(); y <= p.last(); y++) {
            if (!table.complete(y)) {
                return Simulated.missing("the run does not cover all of " + y);
            }
            if (p.halfYear() && !table.halvesComplete(y)) {
                return Simulated.missing("the run's table of " + y + " has no half-years");
            }
        }
        Selection s = new Selection(origins(o.origin()), places(o.destination()), sexes(o.sex()), p);
        return switch (o.indicator()) {
            case "migrants_abroad" -> Simulated.value(stock(s, Measure.ABROAD));
            case "migrant_entries" -> Simulated.value(flow(s, Measure.ARRIVALS));
            case "destination_citizen_share" -> Simulated.value(percent(stock(s, Measure.CITIZENS),
                    stock(s, Measure.CITIZENS) + stock(s, Measure.ABROAD)));
            case "citizenship_acquisitions" -> Simulated.value(flow(s, Measure.NATURALISED));
            case "female_share" -> Simulated.value(percent(stock(s.sexes(WOMEN), Measure.ABROAD), stock(s.sexes(BOTH), Measure.ABROAD)));
            case "male_share" -> Simulated.value(percent(stock(s.sexes(MEN), Measure.ABROAD), stock(s.sexes(BOTH), Measure.ABROAD)));
            case "remittances_usd" -> Simulated.value(flow(s, RECORDED));
            case "remittances_change" -> Simulated.value(change(s, RECORDED));
            case "migrants_change" -> Simulated.value(change(s, Measure.ABROAD));
            case "remittance_source_share" -> Simulated.value(percent(flow(s, RECORDED), flow(s.places(EVERYWHERE), RECORDED)));
            case "registered_migrants" -> Simulated.value(stock(s, Measure.REGISTERED));
            case "irregular_migrants" -> Simulated.value(stock(s, Measure.IRREGULAR));
            case "official_workers" -> Simulated.value(stock(s, Measure.AUTHORISED));
            case "population" -> Simulated.value(householdStock(s, HouseholdMeasure.POPULATION));
            case "remittances_gdp_share" -> gdpShare(s, RECORDED);
            case "remittances_all_channels_usd" -> Simulated.value(flow(s, Measure.REMITTANCES_USD));
            case "remittances_all_channels_gdp_share" -> gdpShare(s, Measure.REMITTANCES_USD);
            case "remittance_per_migrant" -> perMigrant(o, s);
            case "registered_share" -> Simulated.value(percent(stock(s, Measure.REGISTERED), stock(s, Measure.ABROAD)));
            case "authorised_share" -> Simulated.value(percent(stock(s, Measure.AUTHORISED), stock(s, Measure.ABROAD)));
            case "irregular_share" -> Simulated.value(percent(stock(s, Measure.IRREGULAR), stock(s, Measure.ABROAD)));
            case "banned_stock" -> Simulated.value(stock(s, Measure.BANNED));
            case "banned_new" -> Simulated.value(flow(s, Measure.NEWLY_BANNED));
            case "expulsions" -> Simulated.value(flow(s, Measure.EXPELLED));
            case "migration_violations_detected" -> Simulated.value(flow(s, Measure.PROSECUTED));
            case "migrant_household_share" -> Simulated.value(percent(
                    householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS), householdStock(s, HouseholdMeasure.HOUSEHOLDS)));
            case "households_one_migrant_share" -> Simulated.value(percent(householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS)
                    - householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS_TWO) - householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS_THREE_PLUS),
                    householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS)));
            case "households_two_migrants_share" -> Simulated.value(percent(
                    householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS_TWO), householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS)));
            case "households_three_plus_migrants_share" -> Simulated.value(percent(
                    householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS_THREE_PLUS), householdStock(s, HouseholdMeasure.MIGRANT_HOUSEHOLDS)));
            case "remittance_household_share" -> Simulated.value(percent(
                    householdStock(s, HouseholdMeasure.RECEIVING), householdStock(s, HouseholdMeasure.HOUSEHOLDS)));
            case "remittance_income_share" -> Simulated.value(percent(householdFlow(s, HouseholdMeasure.RECEIVED_USD),
                    householdFlow(s, HouseholdMeasure.RECEIVED_USD) + householdFlow(s, HouseholdMeasure.HOME_INCOME_USD)));
            case "children_parent_abroad" -> o.unit().base().equals("persons")
                    ? Simulated.value(householdStock(s, HouseholdMeasure.CHILDREN_ONE_PARENT_ABROAD)
                        + householdStock(s, HouseholdMeasure.CHILDREN_BOTH_PARENTS_ABROAD))
                    : Simulated.missing("the run counts children with parents abroad, not all children, so it gives no share");
            case "destination_share" -> Simulated.value(percent(stock(s, Measure.ABROAD), stock(s.places(EVERYWHERE), Measure.ABROAD)));
            case "remittance_investment_share" -> Simulated.value(percent(
                    householdFlow(s, HouseholdMeasure.INVESTING) / p.years(), householdStock(s, HouseholdMeasure.RECEIVING)));
            case "remittance_savings_share" -> Simulated.value(percent(
                    householdFlow(s, HouseholdMeasure.SAVED_USD), householdFlow(s, HouseholdMeasure.RECEIVED_USD)));
            case "remittance_consumption_share" -> Simulated.value(percent(
                    householdFlow(s, HouseholdMeasure.RECEIVED_USD) - householdFlow(s, HouseholdMeasure.SAVED_USD),
                    householdFlow(s, HouseholdMeasure.RECEIVED_USD)));
            case "migrant_wage" -> Simulated.value(flow(s, Measure.EARNINGS_USD) / flow(s, Measure.WORKING));
            case "wage_theft_share" -> Simulated.value(percent(flow(s, Measure.UNPAID), flow(s, Measure.WORKING)));
            case "police_check_share" -> Simulated.value(percent(flow(s, Measure.CHECKED), flow(s, Measure.ABROAD)));
            case "stay_length" -> Simulated.value(stock(s, Measure.ABROAD) / (flow(s, Measure.RETURNS) / months(p)));
            default -> throw new IllegalStateException("indicator listed without a definition: " + o.indicator());
        };
    }

    /** Who a figure is about. */
    private record Selection(List<Origin> origins, List<Place> places, int[] sexes, Period period) {
        Selection sexes(int[] other) {
            return new Selection(origins, places, other, period);
        }

        Selection places(List<Place> other) {
            return new Selection(origins, other, sexes, period);
        }
    }

    private Simulated gdpShare(Selection s, Measure remittances) {
        double gdpUsd = 0;
        for (int y = s.period().first(); y <= s.period().last(); y++) {
            for (Origin o : s.origins()) {
                OptionalDouble v = gdp.value(o.name(), y);
                if (v.isEmpty()) {
                    return Simulated.missing("no GDP for " + o.name() + " in " + y + " in " + gdp.file());
                }
                gdpUsd += v.getAsDouble() * 1e6;
            }
        }
        return Simulated.value(percent(flow(s, remittances), gdpUsd));
    }

    private Simulated perMigrant(Observation o, Selection s) {
        double perMonth = flow(s, Measure.REMITTANCES_USD) / stock(s, Measure.ABROAD) / months(s.period());
        return switch (o.unit().base()) {
            case "usd_per_month" -> Simulated.value(perMonth);
            case "usd_per_year" -> Simulated.value(perMonth * 12);
            default -> Simulated.missing("the unit must say per month or per year, not " + o.unit().key());
        };
    }

    /** The percent change of a measure's yearly total: a year against the one before, or a span's last year against its first. */
    private double change(Selection s, Measure m) {
        Period p = s.period();
        int from = p.years() == 1 ? p.first() - 1 : p.first();
        double before = table.people(from, s.origins(), s.places(), s.sexes(), m) / table.months(from);
        double after = table.people(p.last(), s.origins(), s.places(), s.sexes(), m) / table.months(p.last());
        return before > 0 ? 100 * (after - before) / before : Double.NaN;
    }

    private double stock(Selection s, Measure m) {
        return flow(s, m) / months(s.period());
    }

    private double flow(Selection s, Measure m) {
        Period p = s.period();
        if (p.halfYear()) {
            double firstHalf = table.peopleFirstHalf(p.first(), s.origins(), s.places(), s.sexes(), m);
            return p.half() == 1 ? firstHalf : table.people(p.first(), s.origins(), s.places(), s.sexes(), m) - firstHalf;
        }
        double sum = 0;
        for (int y = p.first(); y <= p.last(); y++) {
            sum += table.people(y, s.origins(), s.places(), s.sexes(), m);
        }
        return sum;
    }

    private double householdStock(Selection s, HouseholdMeasure m) {
        return householdFlow(s, m) / months(s.period());
    }

    private double householdFlow(Selection s, HouseholdMeasure m) {
        double sum = 0;
        for (int y = s.period().first(); y <= s.period().last(); y++) {
            sum += table.households(y, s.origins(), m);
        }
        return sum;
    }

    private double months(Period p) {
        if (p.halfYear()) {
            return 6;
        }
        int n = 0;
        for (int y = p.first(); y <= p.last(); y++) {
            n += table.months(y);
        }
        return n;
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : Double.NaN;
    }

    static List<Origin> origins(String code) {
        return code.equals("CA") ? List.of(Origin.ALL) : List.of(Origin.valueOf(code));
    }

    /** HOME figures are about people from home wherever they are abroad. */
    static List<Place> places(String code) {
        return switch (code) {
            case "RU" -> RUSSIA;
            case "RU-MOW" -> List.of(Place.RU_MOW);
            case "RU-SPB" -> List.of(Place.RU_SPE);
            case "KZ" -> List.of(Place.KZ);
            case "TR" -> List.of(Place.TR);
            case "ABROAD", "HOME" -> EVERYWHERE;
            default -> throw new IllegalArgumentException("unknown destination " + code);
        };
    }

    static int[] sexes(String code) {
        return switch (code) {
            case "F" -> WOMEN;
            case "M" -> MEN;
            default -> BOTH;
        };
    }
}
