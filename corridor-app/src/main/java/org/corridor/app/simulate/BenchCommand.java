package org.corridor.app.simulate;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.sim.engine.Engine;
import org.corridor.sim.engine.World;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corridor bench}: the full model's speed, in agent-months (people alive, summed over the
 * months simulated) per second, over several runs of a scenario after one warm-up run. Timing
 * belongs here, never in tests.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Measure the simulation's speed: build a scenario's world and run it, --runs times after a warm-up,",
            "and print agent-months per second (the model's monthly phases only; building the population and the yearly re-layout of households are timed apart)",
            "and the bytes of state per person."},
        footer = {"", "Example:", "  corridor bench --scale 0.05 --runs 3"})
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "baseline", paramLabel = "NAME|FILE", description = "default: ${DEFAULT-VALUE}")
    String scenario;

    @Option(names = "--scale", defaultValue = "0.05", paramLabel = "S", description = "agents per person (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "measured runs after the warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--from", defaultValue = "2005-01", paramLabel = "YYYY-MM", description = "default: ${DEFAULT-VALUE}")
    YearMonth from;

    @Option(names = "--to", defaultValue = "2025-12", paramLabel = "YYYY-MM", description = "default: ${DEFAULT-VALUE}")
    YearMonth to;

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale: must be above 0 and at most 1, got " + scale);
        }
        if (runs < 1 || runs > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs: must be between 1 and 100, got " + runs);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: must be between 1 and 256, got " + workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        Simulation simulation = Simulation.embedded();
        Scenario s = simulation.scenarios().load(scenario);
        RunOptions options = new RunOptions(scale, 1, workers, from, to, 36);
        out.printf("corridor bench: %s, scale %s, %d thread(s), %s to %s with a 36-month burn-in, %s%n", s.name(), scale, workers, from, to,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long buildStart = System.nanoTime();
            World world = simulation.world(s, options);
            double build = (System.nanoTime() - buildStart) / 1e9;
            long start = System.nanoTime();
            Engine engine = new Engine(world, workers);
            long agentMonths = engine.run((month, tally) -> { });
            double relayout = engine.relayoutSeconds();
            double seconds = (System.nanoTime() - start) / 1e9 - relayout;
            double rate = agentMonths / seconds;
            out.printf("%s: %,d agent-months in %.2f s = %.1f million a second (population built in %.2f s: %,d people, %,d households;"
                    + " yearly re-layout %.2f s apart, %d times)%n",
                    run == 0 ? "warm-up" : "run " + run, agentMonths, seconds, rate / 1e6, build, world.households().people(), world.households().count,
                    relayout, engine.relayouts());
            out.flush();
            if (run > 0) {
                rates.add(rate);
            }
        }
        Collections.sort(rates);
        out.printf("median: %.1f million agent-months a second; state: %d bytes a person and %d a household%n",
                rates.get(rates.size() / 2) / 1e6, People.BYTES_PER_PERSON, Households.BYTES_PER_HOUSEHOLD);
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
