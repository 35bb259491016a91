package org.corridor.app.ensemble;

import java.nio.file.Path;
import java.time.YearMonth;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.RunBounds;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;
import org.corridor.sim.scenario.ScenarioText;
import org.corridor.sim.yaml.InputError;
import picocli.CommandLine.Option;

/** What the commands that run a scenario against its baseline, replica by replica, share (a picocli mixin). */
public final class ScenarioOptions {
    @Option(names = "--scenario", defaultValue = "baseline", paramLabel = "NAME|FILE",
            description = "a bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--baseline", defaultValue = "baseline", paramLabel = "NAME|FILE|none",
            description = "what the scenario is set against, run with the same seeds and parameters; none for the scenario alone (default: ${DEFAULT-VALUE})")
    String baseline;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "the first seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--scale", defaultValue = "0.002", paramLabel = "S", description = "agents per person (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month reported (default: the scenario's period)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month (default: the scenario's period)")
    String to;

    @Option(names = "--burn-in", defaultValue = "36", paramLabel = "MONTHS", description = "months simulated before --from (default: ${DEFAULT-VALUE})")
    int burnIn;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to create; it must not exist or be empty")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    /** The scenario and baseline read and checked, and the period; the baseline is null when none or the scenario itself. */
    public record Resolved(ScenarioText scenarioText, ScenarioText baselineText, Scenario scenario, YearMonth from, YearMonth to) {
    }

    public Resolved resolve(OptionChecks check, Simulation simulation) {
        check.scale("--scale", scale);
        if (burnIn < 0 || burnIn > 240) {
            throw check.bad("--burn-in", "must be between 0 and 240 months, got " + burnIn);
        }
        ScenarioText scenarioText = read(check, "--scenario", scenario);
        ScenarioText baselineText = baseline.equals("none") || baseline.equals(scenario) ? null : read(check, "--baseline", baseline);
        Scenario s = parse(check, simulation, "--scenario", scenarioText);
        if (baselineText != null) {
            parse(check, simulation, "--baseline", baselineText);
        }
        YearMonth first = check.month("--from", from, s.from());
        YearMonth last = check.month("--to", to, s.to());
        if (last.isBefore(first)) {
            throw check.bad("--to", last + " is before --from " + first);
        }
        if (!RunBounds.within(first, last, burnIn)) {
            throw check.bad(from != null ? "--from" : "--to", RunBounds.RANGE);
        }
        return new Resolved(scenarioText, baselineText, s, first, last);
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }

    public int burnIn() {
        return burnIn;
    }

    public java.nio.file.Path out() {
        return out;
    }

    public boolean showProgress() {
        return !quiet && System.console() != null;
    }

    private static ScenarioText read(OptionChecks check, String option, String nameOrFile) {
        try {
            return ScenarioLoader.read(nameOrFile);
        } catch (InputError e) {
            throw check.bad(option, e.getMessage());
        }
    }

    private static Scenario parse(OptionChecks check, Simulation simulation, String option, ScenarioText text) {
        try {
            return simulation.scenarios().parse(text);
        } catch (InputError e) {
            throw check.bad(option, e.getMessage());
        }
    }
}
