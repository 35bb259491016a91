package org.corridor.sim.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridor.sim.environment.EnvironmentLoader;
import org.corridor.sim.environment.Series;
import org.corridor.sim.world.Origin;
import org.corridor.sim.yaml.LocatedYaml;

/** Reads {@code corridor/sim/population.yaml}. */
public final class PopulationLoader {
    public static final String RESOURCE = "corridor/sim/population.yaml";
    private static final Set<String> ORIGIN_KEYS = Set.of("population", "population_source", "urban_share", "urban_source", "regions",
            "region_shares", "region_urban", "fertility", "education", "household", "assumed");

    private PopulationLoader() {
    }

    public static PopulationInputs embedded() {
        return parse(LocatedYaml.resource(RESOURCE));
    }

    static PopulationInputs parse(LocatedYaml yaml) {
        List<PopulationInputs.OriginInputs> origins = new ArrayList<>();
        for (Origin o : Origin.ALL) {
            String at = "/" + o.name();
            JsonNode node = yaml.root().path(o.name());
            if (!node.isObject()) {
                throw yaml.error(at, "missing");
            }
            node.fieldNames().forEachRemaining(k -> {
                if (!ORIGIN_KEYS.contains(k)) {
                    throw yaml.error(at + "/" + k, "unknown key (allowed: " + ORIGIN_KEYS + ")");
                }
            });
            List<String> regions = new ArrayList<>();
            node.path("regions").forEach(r -> regions.add(r.asText()));
            double[] shares = numbers(yaml, at + "/region_shares", node.path("region_shares"), regions.size());
            double[] urban = numbers(yaml, at + "/region_urban", node.path("region_urban"), regions.size());
            JsonNode household = node.path("household");
            origins.add(new PopulationInputs.OriginInputs(o.name(),
                    series(yaml, at + "/population", o.name() + ".population", node, "population_source"),
                    number(yaml, at + "/urban_share", node.path("urban_share")), regions, shares, urban,
                    series(yaml, at + "/fertility", o.name() + ".fertility", node, "population_source"),
                    numbers(yaml, at + "/education", node.path("education"), 3),
                    number(yaml, at + "/household/extended_rural", household.path("extended_rural")),
                    number(yaml, at + "/household/extended_urban", household.path("extended_urban")),
                    number(yaml, at + "/household/married_son_stays", household.path("married_son_stays")),
                    number(yaml, at + "/household/female_head", household.path("female_head"))));
        }
        JsonNode s = yaml.root().path("shared");
        double[] gap = numbers(yaml, "/shared/spouse_age_gap", s.path("spouse_age_gap"), 2);
        return new PopulationInputs(origins, new PopulationInputs.Shared(
                numbers(yaml, "/shared/fertility_schedule", s.path("fertility_schedule"), 7),
                number(yaml, "/shared/sex_ratio_at_birth", s.path("sex_ratio_at_birth")),
                number(yaml, "/shared/birth_spacing_years", s.path("birth_spacing_years")),
                number(yaml, "/shared/first_birth_age", s.path("first_birth_age")),
                numbers(yaml, "/shared/married_share", s.path("married_share"), 2),
                new int[] {(int) gap[0], (int) gap[1]},
                numbers(yaml, "/shared/head_age_weights", s.path("head_age_weights"), 12),
                number(yaml, "/shared/income_per_adult", s.path("income_per_adult")),
                number(yaml, "/shared/income_dispersion", s.path("income_dispersion")),
                number(yaml, "/shared/rural_income_ratio", s.path("rural_income_ratio")),
                number(yaml, "/shared/passport_share", s.path("passport_share"))));
    }

    private static Series series(LocatedYaml yaml, String at, String id, JsonNode node, String sourceKey) {
        String field = at.substring(at.lastIndexOf('/') + 1);
        return new Series(id, field, "", node.path(sourceKey).asText(""), EnvironmentLoader.points(yaml, at, node.path(field)));
    }

    private static double number(LocatedYaml yaml, String at, JsonNode node) {
        if (!node.isNumber()) {
            throw yaml.error(at, "expected a number");
        }
        return node.doubleValue();
    }

    private static double[] numbers(LocatedYaml yaml, String at, JsonNode node, int expected) {
        if (!node.isArray() || node.size() != expected) {
            throw yaml.error(at, "expected a list of " + expected + " numbers");
        }
        double[] v = new double[expected];
        for (int i = 0; i < expected; i++) {
            v[i] = number(yaml, at + "/" + i, node.get(i));
        }
        return v;
    }
}
