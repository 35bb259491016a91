package org.corridor.app.web.runs;

import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.app.simulate.RunBounds;
import org.corridor.app.web.ClientError;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.scenario.Scenario;

/**
 * A run the web server is asked for: a bundled scenario, the lab's levers, scale, seed and period. The
 * burn-in is always the command line's default, so a lab run and {@code corridor simulate} with the
 * same options give the same series.
 */
public record RunRequest(String scenario, Levers levers, double scale, long seed, YearMonth from, YearMonth to) {
    /**
     * The largest scale a web request may ask for. The server is shared: a run at 0.05 (3 million
     * agents, 2005-2025) takes most of a minute on two cores and some hundreds of megabytes, and holds
     * a worker all that time. Larger runs belong on one's own machine, with {@code corridor simulate}.
     */
    public static final double MAX_SCALE = 0.05;
    public static final double DEFAULT_SCALE = 0.01;
    public static final String BASELINE = "baseline";

    /** The same scale, seed and period under the baseline, to compare a run against. */
    public RunRequest baseline() {
        return new RunRequest(BASELINE, Levers.NONE, scale, seed, from, to);
    }

    public boolean isBaseline() {
        return scenario.equals(BASELINE) && levers.none();
    }

    public RunOptions options(int threads) {
        return new RunOptions(scale, seed, threads, from, to, RunOptions.DEFAULT_BURN_IN);
    }

    /** As the API and the manifest write it. */
    public Map<String, Object> toMap() {
        Map<String, Object> levers = new LinkedHashMap<>();
        levers.put("patentPriceMultiplier", this.levers.patentPriceMultiplier());
        levers.put("banRegisterReach", this.levers.banRegisterReach());
        levers.put("roubleDevaluationPercent", this.levers.roubleDevaluationPercent());
        levers.put("from", this.levers.from().toString());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("levers", levers);
        m.put("scale", scale);
        m.put("seed", seed);
        m.put("from", from.toString());
        m.put("to", to.toString());
        return m;
    }

    /**
     * A request as sent, every field optional but the scenario; {@link #validate} fills the defaults
     * and refuses bad values naming the field as the API spells it.
     */
    public record Draft(String scenario, Double scale, Long seed, String from, String to, Double patentPriceMultiplier,
                        Double banRegisterReach, Double roubleDevaluationPercent, String leversFrom) {
        public RunRequest validate(BundledScenarios scenarios) {
            if (scenario == null || scenario.isBlank()) {
                throw bad("scenario", "required: one of " + String.join(", ", scenarios.names()));
            }
            Scenario base = scenarios.find(scenario).orElseThrow(() -> bad("scenario",
                    "no bundled scenario '" + scenario + "'; choose one of " + String.join(", ", scenarios.names())));
            double s = scale == null ? DEFAULT_SCALE : scale;
            if (!(s > 0 && s <= MAX_SCALE)) {
                throw bad("scale", "must be above 0 and at most " + MAX_SCALE + " on this shared server, got " + s
                        + "; run larger scales with 'corridor simulate' on your own machine");
            }
            long n = seed == null ? 1 : seed;
            if (n < 0) {
                throw bad("seed", "must be 0 or more, got " + n);
            }
            YearMonth first = month("from", from, base.from());
            YearMonth last = month("to", to, base.to());
            if (last.isBefore(first)) {
                throw bad("to", last + " is before from " + first);
            }
            if (!RunBounds.within(first, last, RunOptions.DEFAULT_BURN_IN)) {
                throw bad(from != null ? "from" : "to", RunBounds.RANGE + ", with a burn-in of " + RunOptions.DEFAULT_BURN_IN + " months");
            }
            double patent = lever("levers.patentPriceMultiplier", patentPriceMultiplier, 1, 0, 10);
            double reach = lever("levers.banRegisterReach", banRegisterReach, 1, 0, 4);
            double devaluation = lever("levers.roubleDevaluationPercent", roubleDevaluationPercent, 0, -50, 300);
            YearMonth leversStart = month("levers.from", leversFrom, Levers.DEFAULT_FROM);
            if (leversStart.isBefore(RunBounds.EARLIEST) || leversStart.isAfter(last)) {
                throw bad("levers.from", "must lie within " + RunBounds.EARLIEST + " and the run's last month " + last + ", got " + leversStart);
            }
            return new RunRequest(base.name(), new Levers(patent, reach, devaluation, leversStart), s, n, first, last);
        }

        private static double lever(String field, Double value, double fallback, double min, double max) {
            double v = value == null ? fallback : value;
            if (!(v >= min && v <= max)) {
                throw bad(field, "must be between " + Levers.number(min) + " and " + Levers.number(max) + ", got " + v);
            }
            return v;
        }

        private static YearMonth month(String field, String text, YearMonth fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                return RunBounds.month(text);
            } catch (IllegalArgumentException e) {
                throw bad(field, e.getMessage());
            }
        }

        private static ClientError bad(String field, String reason) {
            return new ClientError(HttpStatus.BAD_REQUEST, field, reason);
        }
    }
}
