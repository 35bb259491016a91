package org.corridor.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing a one-year history of about ten events (entry, registration, patent documents and
 * application, issue, monthly payments, a contract, an exit). Throughput is per thread; run with
 * {@code -t 2} for both cores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AssessBenchmark {
    private static final int HISTORIES = 64;

    /**
     * The first year of entry of the 64 histories, which spread over twelve years from it: 2012
     * (2012-2023, the benchmark's histories before the law of 2025) or 2015 (2015-2026, which meets
     * the 2025 rules: the calendar-year limit, the register, the duties).
     */
    @Param({"2012", "2015"})
    public int firstYear;

    private Assessor assessor;
    private Facts[] facts;
    private LocalDate[] asOf;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setUp() {
        assessor = Assessor.embedded();
        facts = new Facts[HISTORIES];
        asOf = new LocalDate[HISTORIES];
        Country[] citizenships = {Country.TJ, Country.UZ, Country.KG};
        Jurisdiction[] places = {Jurisdiction.RU_MOW, Jurisdiction.RU_SPE, Jurisdiction.RU_OTHER, Jurisdiction.KZ};
        for (int i = 0; i < HISTORIES; i++) {
            LocalDate entry = LocalDate.of(firstYear + i % 12, 1 + i % 12, 1 + i % 27);
            List<Event> events = new ArrayList<>();
            events.add(new Event(EventKind.ENTRY, entry, "work"));
            events.add(Event.of(EventKind.REGISTRATION, entry.plusDays(4 + i % 5)));
            events.add(Event.of(EventKind.MEDICAL, entry.plusDays(10)));
            events.add(Event.of(EventKind.EXAM, entry.plusDays(12)));
            events.add(Event.of(EventKind.APPLICATION, entry.plusDays(15 + i % 20)));
            events.add(Event.of(EventKind.AUTHORISATION, entry.plusDays(40)));
            events.add(new Event(EventKind.PAYMENT, entry.plusDays(40), "3"));
            events.add(Event.of(EventKind.CONTRACT_START, entry.plusDays(42)));
            events.add(new Event(EventKind.PAYMENT, entry.plusDays(120 + i % 40), "3"));
            events.add(new Event(EventKind.PAYMENT, entry.plusDays(200 + i % 60), "3"));
            events.add(Event.of(EventKind.EXIT, entry.plusDays(330 + i % 60)));
            facts[i] = new Facts(citizenships[i % 3], places[i % 4], events);
            asOf[i] = entry.plusDays(365);
        }
    }

    @Benchmark
    public Assessment assess(Cursor cursor) {
        int i = cursor.next++ & (HISTORIES - 1);
        return assessor.assess(facts[i], asOf[i]);
    }
}
