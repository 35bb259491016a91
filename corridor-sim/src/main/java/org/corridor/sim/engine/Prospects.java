package org.corridor.sim.engine;

import org.corridor.law.assessment.PatentPaymentRule;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * What a month offers a would-be migrant of each origin and sex at each destination: the expected
 * net monthly earnings there, the gain over the wage at home, and the probabilities of choosing each
 * destination. Destination choice is a multinomial logit with the gravity form of 002:6099-6117
 * (flows rise with the destination's economic mass and fall with distance) plus networks (the share
 * of the origin's migrants already there, 003:591-593) and a constant per destination for what the
 * rest leaves out (language, visas, history), with Kazakhstan's and Turkey's own terms per origin:
 * Kazakhstan takes much of what Russia's 60 percent of Uzbek migrants leaves (002:10494-10496) but a few
 * percent of Tajiks' (003:460-469), and Turkey a fifth of a percent of Tajiks (the same survey) against
 * tens of thousands of Kyrgyz and Uzbeks in the official counts behaviour.yaml cites. Computed once a
 * month; read by the migration and return phases.
 */
public final class Prospects {
    /** A person's excluded destinations: bit 0 Russia, bit 1 Kazakhstan, bit 2 Turkey. */
    public static final int MASKS = 8;
    private static final int ORIGINS = Origin.ALL.length;
    private static final int PLACES = Place.ALL.length;

    /** A man's average monthly wage as a migrant at each place, US dollars: the place's wage x regional ratio x migrant ratio. */
    private final double[] migrantWage = new double[PLACES];
    private final double[] netEarnings = new double[ORIGINS * 2 * PLACES];
    private final double[] gain = new double[ORIGINS * 2 * PLACES];
    /** Cumulative choice probabilities by origin, sex, mask and place; the last place is 1 (or 0 if all are excluded). */
    private final double[] cumulative = new double[ORIGINS * 2 * MASKS * PLACES];
    /** The choice-weighted gain by origin, sex and mask. */
    private final double[] expectedGain = new double[ORIGINS * 2 * MASKS];

    Prospects(World world, Month month) {
        Behaviour b = world.behaviour();
        double[] regional = values(b, "work.regional_wage_ratio", Place.DESTINATIONS.length);
        double migrantRatio = b.get("work.migrant_wage_ratio");
        double womenRatio = b.get("work.women_wage_ratio");
        double livingShare = b.get("remittance.living_cost_share");
        double legalWeight = b.get("migration.legal_cost_weight");
        double trip = b.get("migration.trip_cost_usd") / b.get("migration.expected_stay_months");
        double[] constant = values(b, "migration.destination_constant", Place.DESTINATIONS.length);
        double networkWeight = b.get("migration.network_weight");
        double networkFloor = b.get("migration.network_floor");
        double distanceExponent = b.get("migration.distance_exponent");
        for (Place p : Place.DESTINATIONS) {
            migrantWage[p.ordinal()] = month.env.wageUsd()[p.ordinal()] * regional[p.ordinal() - 1] * migrantRatio;
        }
        for (Origin o : Origin.ALL) {
            int oi = o.ordinal();
            double home = month.env.homeWageUsd()[oi];
            double[] distance = values(b, "migration.distance_km." + o.name(), Place.DESTINATIONS.length);
            double kazakhstan = b.get("migration.kazakhstan_constant", oi);
            double turkey = b.get("migration.turkey_constant", oi);
            for (int sex = 0; sex < 2; sex++) {
                double[] utility = new double[PLACES];
                for (Place p : Place.DESTINATIONS) {
                    int pi = p.ordinal();
                    double full = migrantWage[pi] * (sex == 1 ? womenRatio : 1);
                    double employment = month.crowding(pi) > 1 ? 1 / month.crowding(pi) : 1;
                    double earnings = full * employment * (1 - livingShare) - legalWeight * legalCostUsd(month, oi, pi) - trip;
                    double net = Math.max(earnings, 0.05 * home);
                    netEarnings[(oi * 2 + sex) * PLACES + pi] = net;
                    double g = net / home;
                    gain[(oi * 2 + sex) * PLACES + pi] = g;
                    double mass = month.jobsOpen(pi);
                    utility[pi] = Math.log(g) + Math.log(mass) - distanceExponent * Math.log(distance[pi - 1])
                            + networkWeight * Math.log(month.networkShare(oi, pi) + networkFloor) + constant[pi - 1]
                            + (p == Place.KZ ? kazakhstan : 0) + (p == Place.TR ? turkey : 0);
                }
                for (int mask = 0; mask < MASKS; mask++) {
                    fillChoice(oi, sex, mask, utility);
                }
            }
        }
    }

    private void fillChoice(int origin, int sex, int mask, double[] utility) {
        double max = Double.NEGATIVE_INFINITY;
        for (Place p : Place.DESTINATIONS) {
            if (!excluded(mask, p)) {
                max = Math.max(max, utility[p.ordinal()]);
            }
        }
        double sum = 0;
        double[] weight = new double[PLACES];
        for (Place p : Place.DESTINATIONS) {
            if (!excluded(mask, p)) {
                weight[p.ordinal()] = Math.exp(utility[p.ordinal()] - max);
                sum += weight[p.ordinal()];
            }
        }
        int base = ((origin * 2 + sex) * MASKS + mask) * PLACES;
        double running = 0;
        double expected = 0;
        int lastIncluded = PLACES;
        for (Place p : Place.DESTINATIONS) {
            double share = sum > 0 ? weight[p.ordinal()] / sum : 0;
            running += share;
            cumulative[base + p.ordinal()] = running;
            expected += share * gain[(origin * 2 + sex) * PLACES + p.ordinal()];
            if (share > 0) {
                lastIncluded = p.ordinal();
            }
        }
        for (int p = lastIncluded; p < PLACES; p++) {
            cumulative[base + p] = 1; // no draw below 1 may fall through rounding
        }
        expectedGain[(origin * 2 + sex) * MASKS + mask] = expected;
    }

    /** The monthly cost of staying legal, in US dollars: the monthly fee plus the up-front cost spread over a year. */
    static double legalCostUsd(Month month, int origin, int place) {
        int slot = month.slot(origin, place);
        CompiledLaw law = month.law();
        if (!law.flag(WorkAuthorisationRule.REQUIRED, slot)) {
            return 0;
        }
        double local = law.valueOr(PatentPaymentRule.MONTHLY_FEE, slot, 0) + law.valueOr(WorkAuthorisationRule.UPFRONT_TOTAL, slot, 0) / 12;
        return local / month.env.fxPerUsd()[place];
    }

    public static boolean excluded(int mask, Place p) {
        return switch (p) {
            case RU_MOW, RU_SPE, RU_OTHER -> (mask & 1) != 0;
            case KZ -> (mask & 2) != 0;
            case TR -> (mask & 4) != 0;
            case HOME -> true;
        };
    }

    /** A man's average monthly wage as a migrant at a place this month, US dollars, before individual factors. */
    public double migrantWage(int place) {
        return migrantWage[place];
    }

    /** Expected monthly earnings net of living costs and legal costs, US dollars. */
    public double netEarnings(int origin, int sex, int place) {
        return netEarnings[(origin * 2 + sex) * PLACES + place];
    }

    /** {@link #netEarnings} over the average wage at home. */
    public double gain(int origin, int sex, int place) {
        return gain[(origin * 2 + sex) * PLACES + place];
    }

    /** The gain a would-be migrant expects, weighted by where they would go. */
    public double expectedGain(int origin, int sex, int mask) {
        return expectedGain[(origin * 2 + sex) * MASKS + mask];
    }

    /** The destination chosen by a uniform draw {@code u}, or 0 (home) if every destination is excluded. */
    public int choose(int origin, int sex, int mask, double u) {
        int base = ((origin * 2 + sex) * MASKS + mask) * PLACES;
        for (int p = 1; p < PLACES; p++) {
            if (u < cumulative[base + p]) {
                return p;
            }
        }
        return 0;
    }

    /** Jobs open to migrants at each place (index = place code) when the demand index is 1, in people. */
    static double[] jobsForMigrants(Behaviour b) {
        double[] jobs = new double[PLACES];
        double[] given = values(b, "work.jobs_for_migrants", Place.DESTINATIONS.length);
        System.arraycopy(given, 0, jobs, 1, given.length);
        return jobs;
    }

    static double[] values(Behaviour b, String id, int expected) {
        var p = b.parameter(id);
        if (p.values().size() != expected) {
            throw new IllegalArgumentException("behaviour parameter " + id + " needs " + expected + " values, has " + p.values().size());
        }
        double[] v = new double[expected];
        for (int i = 0; i < expected; i++) {
            v[i] = p.values().get(i);
        }
        return v;
    }
}
