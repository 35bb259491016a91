package org.corridor.bench;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.regime.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the per-month view for every jurisdiction and citizenship over 2005-2030, from rules
 * already read; and building the rule book itself from the loaded parameters.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmark {
    private final RuleBook book = Assessor.embedded().ruleBook();

    @Benchmark
    public CompiledLaw compile2005To2030() {
        return CompiledLaw.compile(book, YearMonth.of(2005, 1), YearMonth.of(2030, 12));
    }

    @Benchmark
    public RuleBook buildRuleBook() {
        return Assessor.ruleBook(LawLoader.embedded());
    }
}
