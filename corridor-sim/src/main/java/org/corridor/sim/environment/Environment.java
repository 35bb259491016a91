package org.corridor.sim.environment;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * The world outside the model's people: exchange rates, wages at home and abroad, labour demand, the
 * reach of the ban registers and the money-transfer channel, as {@link Series} read month by month.
 * Immutable; a scenario changes a copy ({@link #with}).
 */
public final class Environment {
    /** Every series the model reads; the input file must give exactly these. */
    public static final List<String> SERIES = List.of(
            "fx.RUB", "fx.KZT", "fx.TRY",
            "wage.RU", "wage.KZ", "wage.TR",
            "home_wage.TJ", "home_wage.KG", "home_wage.UZ",
            "demand.RU", "demand.KZ", "demand.TR", "construction.RU",
            "ban_register.RU", "ban_register.KZ", "ban_register.TR",
            "ban_known.RU", "ban_known.KZ", "ban_known.TR",
            "expulsion_moratorium.RU", "expulsion_moratorium.KZ", "expulsion_moratorium.TR",
            "travel_open.TJ", "travel_open.KG", "travel_open.UZ",
            "mto_share.TJ", "mto_share.KG", "mto_share.UZ");

    private final Map<String, Series> series;

    public Environment(Map<String, Series> series) {
        for (String id : SERIES) {
            if (!series.containsKey(id)) {
                throw new IllegalArgumentException("environment series " + id + " is missing");
            }
        }
        for (String id : series.keySet()) {
            if (!SERIES.contains(id)) {
                throw new IllegalArgumentException("unknown environment series " + id + " (known: " + SERIES + ")");
            }
        }
        this.series = Collections.unmodifiableMap(new TreeMap<>(series));
    }

    public Map<String, Series> series() {
        return series;
    }

    /** The data series a run to {@code last} goes past, held flat after their last point, by id. */
    public List<Series> heldFlat(YearMonth last) {
        return series.values().stream().filter(s -> s.heldFlatTo(last)).toList();
    }

    public Series series(String id) {
        Series s = series.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown environment series " + id);
        }
        return s;
    }

    /** A copy with one series replaced. */
    public Environment with(Series replacement) {
        Map<String, Series> copy = new TreeMap<>(series);
        copy.put(replacement.id(), replacement);
        return new Environment(copy);
    }

    /** The environment in one month, by place (index = {@link Place} code) and origin. */
    public Values at(YearMonth month) {
        double[] fx = new double[Place.ALL.length];
        double[] wage = new double[Place.ALL.length];
        double[] demand = new double[Place.ALL.length];
        double[] register = new double[Place.ALL.length];
        double[] known = new double[Place.ALL.length];
        double[] moratorium = new double[Place.ALL.length];
        for (Place p : Place.DESTINATIONS) {
            String country = country(p);
            fx[p.ordinal()] = series("fx." + currency(p)).at(month);
            double localWage = series("wage." + country).at(month);
            wage[p.ordinal()] = paidInLocalCurrency(p) ? localWage / fx[p.ordinal()] : localWage;
            demand[p.ordinal()] = series("demand." + country).at(month);
            register[p.ordinal()] = clampShare(series("ban_register." + country).at(month));
            known[p.ordinal()] = clampShare(series("ban_known." + country).at(month));
            moratorium[p.ordinal()] = clampShare(series("expulsion_moratorium." + country).at(month));
        }
        double[] homeWage = new double[Origin.ALL.length];
        double[] mto = new double[Origin.ALL.length];
        double[] travel = new double[Origin.ALL.length];
        for (Origin o : Origin.ALL) {
            homeWage[o.ordinal()] = series("home_wage." + o.name()).at(month);
            mto[o.ordinal()] = clampShare(series("mto_share." + o.name()).at(month));
            travel[o.ordinal()] = clampShare(series("travel_open." + o.name()).at(month));
        }
        return new Values(fx, wage, homeWage, demand, register, known, moratorium, mto, travel);
    }

    /**
     * How far the dollar value of the currency each place pays its wages in stands below its mean over
     * the previous {@code referenceMonths} months, by place code: 0.45 when a dollar buys 1/(1-0.45) times
     * the units of the currency it bought on average over those months, 0 where the currency stands at or above that
     * mean, and 0 in Turkey, whose wage series is in dollars already.
     */
    public double[] payCurrencyFall(YearMonth month, int referenceMonths) {
        if (referenceMonths < 1) {
            throw new IllegalArgumentException("referenceMonths must be at least 1, not " + referenceMonths);
        }
        double[] fall = new double[Place.ALL.length];
        Map<String, Double> byCurrency = new TreeMap<>(); // Russia's three places share one rouble
        for (Place p : Place.DESTINATIONS) {
            if (paidInLocalCurrency(p)) {
                fall[p.ordinal()] = byCurrency.computeIfAbsent(currency(p), c -> fallOf(series("fx." + c), month, referenceMonths));
            }
        }
        return fall;
    }

    /**
     * How far building has fallen beyond output over the last twelve months, by place code: 0.087 in July
     * 2009, when Russia built 16% less than a year before while output was 8% lower (1 - 0.84 / 0.92). It is
     * 0 where building did not fall against the year before, however output moved, and 0 outside Russia,
     * for which no construction series is read (Kazakhstan's and Turkey's migrant jobs follow output alone).
     * Output includes building, so only the fall beyond output's is building's own: the construction share
     * of migrant jobs then follows building, and the rest output.
     */
    public double[] constructionFallBeyondOutput(YearMonth month) {
        Series construction = series("construction.RU");
        Series output = series("demand.RU");
        YearMonth yearBefore = month.minusMonths(12);
        double building = construction.at(month) / construction.at(yearBefore);
        double produced = output.at(month) / output.at(yearBefore);
        double fall = building < 1 ? Math.max(0, 1 - building / produced) : 0;
        double[] byPlace = new double[Place.ALL.length];
        for (Place p : Place.DESTINATIONS) {
            byPlace[p.ordinal()] = p.russia() ? fall : 0;
        }
        return byPlace;
    }

    private static double fallOf(Series fx, YearMonth month, int referenceMonths) {
        double sum = 0;
        for (int k = 1; k <= referenceMonths; k++) {
            sum += fx.at(month.minusMonths(k));
        }
        // fx is currency per dollar, so the currency's dollar value against the mean is mean / now.
        return Math.max(0, 1 - sum / referenceMonths / fx.at(month));
    }

    private static String country(Place p) {
        return p.russia() ? "RU" : p.name();
    }

    private static String currency(Place p) {
        return switch (country(p)) {
            case "RU" -> "RUB";
            case "KZ" -> "KZT";
            default -> "TRY";
        };
    }

    /** Whether the place's wage series is in its own currency (Russia, Kazakhstan) rather than in dollars (Turkey). */
    private static boolean paidInLocalCurrency(Place p) {
        return p != Place.TR;
    }

    private static double clampShare(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /**
     * One month's environment. Arrays are indexed by place code (0 = home, unused) or origin code.
     *
     * @param fxPerUsd the destination currency per US dollar
     * @param wageUsd the destination's average monthly wage in US dollars
     * @param homeWageUsd the origin's average monthly wage in US dollars
     * @param demand the destination's labour demand index (2008 = 1)
     * @param banRegister the share of the destination's bans that the border enforces
     * @param banKnown how far knowledge of the destination's ban list has spread, as a share of the level surveyed
     *     (the behaviour's {@code return.ban_awareness})
     * @param expulsionMoratorium the share of the month in which the destination suspends stay deadlines, expulsions and bans
     * @param mtoShare the share of remittances sent through money transfer operators
     * @param travelOpen the share of normal travel between the origin and Russia that is open
     */
    public record Values(double[] fxPerUsd, double[] wageUsd, double[] homeWageUsd, double[] demand, double[] banRegister,
                         double[] banKnown, double[] expulsionMoratorium, double[] mtoShare, double[] travelOpen) {
    }
}
