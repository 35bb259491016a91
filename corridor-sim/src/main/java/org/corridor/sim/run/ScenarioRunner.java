package org.corridor.sim.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.sim.engine.Engine;
import org.corridor.sim.engine.World;
import org.corridor.sim.output.Tally;
import org.corridor.sim.scenario.Scenario;

/**
 * Runs a scenario: builds its world, runs it month by month and keeps the reported months' tallies,
 * ready for {@link RunWriter}. Shared by {@code corridor simulate} and the web server's run queue.
 */
public final class ScenarioRunner {
    /** Told after every simulated month (burn-in included), so a caller can show how far the run is. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, month) -> { };

        void monthDone(int done, int total, YearMonth month);
    }

    private ScenarioRunner() {
    }

    public static RunResult run(Simulation simulation, Scenario s, RunOptions options, Progress progress) {
        long start = System.nanoTime();
        World world = simulation.world(s, options);
        double build = (System.nanoTime() - start) / 1e9;
        String hash = Fingerprint.of(simulation.lawOf(s), world.behaviour(), world.environment(), world.amnesties());
        List<YearMonth> months = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        int total = world.months();
        int[] done = {0};
        long runStart = System.nanoTime();
        long agentMonths = new Engine(world, options.threads()).run((month, tally) -> {
            if (!month.calendar.isBefore(world.reportFrom())) {
                months.add(month.calendar);
                tallies.add(tally);
            }
            progress.monthDone(++done[0], total, month.calendar);
        });
        double wall = (System.nanoTime() - runStart) / 1e9;
        return new RunResult(s, options, hash, months, tallies, agentMonths, wall, build, world.households().people(),
                world.households().count, peakHeap());
    }

    public static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
