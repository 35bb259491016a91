package org.corridor.law.assessment;

/** Random histories for tests outside this package (RandomHistories is package-private). */
public final class AssessmentSamples {
    private AssessmentSamples() {
    }

    public record Sample(org.corridor.law.fact.Facts facts, java.time.LocalDate asOf) {
    }

    public static Sample sample(long seed) {
        RandomHistories.Sample s = RandomHistories.sample(seed);
        return new Sample(s.facts(), s.asOf());
    }
}
