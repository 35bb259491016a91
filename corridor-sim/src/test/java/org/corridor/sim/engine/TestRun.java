package org.corridor.sim.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.output.Tally;
import org.corridor.sim.run.RunOptions;
import org.corridor.sim.run.Simulation;

/** A small run for tests: its reported months and tallies. */
record TestRun(List<YearMonth> months, List<Tally> tallies, double scale, long agentMonths) {
    static final Simulation SIMULATION = Simulation.embedded();

    static TestRun of(String scenario, double scale, long seed, int threads, YearMonth from, YearMonth to, int burnIn) {
        World world = SIMULATION.world(SIMULATION.scenarios().load(scenario), new RunOptions(scale, seed, threads, from, to, burnIn));
        List<YearMonth> months = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        long agentMonths = new Engine(world, threads).run((month, tally) -> {
            if (!month.calendar.isBefore(from)) {
                months.add(month.calendar);
                tallies.add(tally);
            }
        });
        return new TestRun(months, tallies, scale, agentMonths);
    }

    Tally at(YearMonth month) {
        return tallies.get(months.indexOf(month));
    }

    /** The mean over a year's months of a function of the month's tally, as a full-population estimate. */
    double yearMean(int year, java.util.function.ToDoubleFunction<Tally> f) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < months.size(); k++) {
            if (months.get(k).getYear() == year) {
                sum += f.applyAsDouble(tallies.get(k));
                n++;
            }
        }
        return sum / n / scale;
    }

    String seriesCsv() {
        StringWriter w = new StringWriter();
        try {
            CsvTables.writeSeries(w, months, tallies, scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
