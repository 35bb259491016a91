package org.corridor.bench.peer;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same reduced corridor model ({@link ReducedRules}) on Corridor's data-oriented layout and on
 * MASON, one thread each, in one JMH run. A benchmark operation is one agent-month, so the scores
 * are agent-months per second and their ratio is the speed ratio.
 *
 * <pre>java -jar corridor-bench/target/benchmarks.jar PeerBenchmark -f 2 -wi 3 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerBenchmark {
    static final int PEOPLE = 1_000_000;
    static final int MONTHS = 12;

    @Param({"1"})
    long seed;

    private CorridorReduced corridor;
    private MasonReduced mason;
    private MasonReduced masonSequence;

    @Setup(Level.Iteration)
    public void setUp() {
        corridor = new CorridorReduced(PEOPLE, seed);
        mason = new MasonReduced(PEOPLE, seed, false);
        mason.start();
        masonSequence = new MasonReduced(PEOPLE, seed, true);
        masonSequence.start();
    }

    @Benchmark
    @OperationsPerInvocation(PEOPLE * MONTHS)
    public int corridorArrays() {
        int abroad = 0;
        for (int m = 0; m < MONTHS; m++) {
            abroad = corridor.step();
        }
        return abroad;
    }

    @Benchmark
    @OperationsPerInvocation(PEOPLE * MONTHS)
    public int masonAgents() {
        for (int m = 0; m < MONTHS; m++) {
            mason.schedule.step(mason);
        }
        return mason.abroadCount;
    }

    @Benchmark
    @OperationsPerInvocation(PEOPLE * MONTHS)
    public int masonSequence() {
        for (int m = 0; m < MONTHS; m++) {
            masonSequence.schedule.step(masonSequence);
        }
        return masonSequence.abroadCount;
    }
}
