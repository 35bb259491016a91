package org.corridor.evidence.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * A gravity fit of the run's destination choice: arrivals over the run by origin and destination
 * country, against the origin's population, the destination's GDP and the distance between them.
 * Each country is placed at one city ({@link #CITIES}): the origins at their capitals; Russia at
 * Moscow, where most of the sources' migrants work; Kazakhstan at Almaty, its largest city and
 * labour market, rather than the capital Astana; Turkey at Istanbul, where the Uzbek migrants of
 * Ch. 10 live. These choices are ours, not the sources'.
 */
public final class RunGravity {
    static final Map<String, String> CITIES = Map.of("TJ", "Dushanbe", "KG", "Bishkek", "UZ", "Tashkent", "RU", "Moscow", "KZ", "Almaty",
            "TR", "Istanbul");
    private static final Map<String, List<Place>> DESTINATIONS = new LinkedHashMap<>();

    static {
        DESTINATIONS.put("RU", List.of(Place.RU_MOW, Place.RU_SPE, Place.RU_OTHER));
        DESTINATIONS.put("KZ", List.of(Place.KZ));
        DESTINATIONS.put("TR", List.of(Place.TR));
    }

    /** The fit, or null with the reason it could not be made. */
    public record Result(Gravity.Fit fit, List<Gravity.Pair> pairs, String note) {
    }

    private RunGravity() {
    }

    public static Result of(YearTable table, MacroTable population, MacroTable gdp) {
        return of(table, population, gdp, distances());
    }

    static Result of(YearTable table, MacroTable population, MacroTable gdp, Map<String, Double> distanceKm) {
        List<Integer> years = new ArrayList<>();
        for (int y = table.firstYear(); y <= table.lastYear(); y++) {
            if (table.complete(y) && allPresent(population, y) && allPresent(gdp, y)) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            return new Result(null, List.of(), "No complete year of the run has population and GDP for every country.");
        }
        List<Gravity.Pair> pairs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Origin o : Origin.ALL) {
            for (Map.Entry<String, List<Place>> d : DESTINATIONS.entrySet()) {
                double arrivals = 0;
                double people = 0;
                double product = 0;
                for (int y : years) {
                    arrivals += table.people(y, List.of(o), d.getValue(), new int[] {0, 1}, Measure.ARRIVALS);
                    people += population.value(o.name(), y).getAsDouble();
                    product += gdp.value(d.getKey(), y).getAsDouble();
                }
                if (arrivals <= 0) {
                    skipped.add(o.name() + "-" + d.getKey());
                    continue;
                }
                double km = distanceKm.get(CITIES.get(o.name()) + "|" + CITIES.get(d.getKey()));
                pairs.add(new Gravity.Pair(o.name(), d.getKey(), arrivals, people / years.size(), product / years.size(), km));
            }
        }
        String span = years.get(0) + "-" + years.get(years.size() - 1);
        String note = "Arrivals summed over " + span + "; masses are the period's mean population and GDP (macro inputs); distances between "
                + "Dushanbe, Bishkek, Tashkent and Moscow, Almaty, Istanbul." + (skipped.isEmpty() ? "" : " Pairs without arrivals left out: " + skipped + ".");
        if (pairs.size() < 5) {
            return new Result(null, pairs, note + " Too few pairs to fit four coefficients.");
        }
        try {
            return new Result(Gravity.fit(pairs), pairs, note + " With nine pairs at most, the standard errors are wide: read the signs, not the decimals.");
        } catch (IllegalArgumentException e) {
            return new Result(null, pairs, note + " " + e.getMessage());
        }
    }

    private static boolean allPresent(MacroTable table, int year) {
        for (String c : CITIES.keySet()) {
            OptionalDouble v = table.value(c, year);
            if (v.isEmpty() || !(v.getAsDouble() > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The bundled great-circle distances, by "from|to" city. */
    static Map<String, Double> distances() {
        Map<String, Double> km = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.resource("corridor/evidence/macro/distance_km.csv", List.of("origin", "destination", "km", "source"))
                .rows()) {
            km.put(row.text("origin") + "|" + row.text("destination"), row.number("km"));
        }
        return km;
    }
}
