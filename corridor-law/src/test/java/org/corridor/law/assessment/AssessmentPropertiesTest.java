package org.corridor.law.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.InvalidFactsException;
import org.junit.jupiter.api.Test;

/** Properties every assessment must have, checked over thousands of random valid histories. */
class AssessmentPropertiesTest {
    private static final Assessor ASSESSOR = Assessor.embedded();
    private static final int SAMPLES = 4000;

    @Test
    void noDueDatePrecedesItsTriggeringEvent() {
        for (long seed = 0; seed < SAMPLES; seed++) {
            RandomHistories.Sample s = RandomHistories.sample(seed);
            Assessment a = ASSESSOR.assess(s.facts(), s.asOf());
            for (Obligation o : a.obligations()) {
                if (o.due() != null) {
                    assertFalse(o.due().isBefore(o.trigger()), "seed " + seed + ": " + o.id() + " due " + o.due() + " before " + o.trigger());
                }
            }
        }
    }

    @Test
    void addingAComplianceEventNeverAddsAViolation() {
        int checked = 0;
        for (long seed = 0; seed < SAMPLES; seed++) {
            RandomHistories.Sample s = RandomHistories.sample(seed);
            Facts more;
            Event added = RandomHistories.complianceEvent(s, seed);
            try {
                more = s.facts().with(added);
            } catch (InvalidFactsException outsideAnyStay) {
                continue;
            }
            Map<String, Long> before = counts(ASSESSOR.assess(s.facts(), s.asOf()));
            Map<String, Long> after = counts(ASSESSOR.assess(more, s.asOf()));
            for (Map.Entry<String, Long> e : after.entrySet()) {
                assertTrue(e.getValue() <= before.getOrDefault(e.getKey(), 0L),
                        "seed " + seed + ": adding " + added + " raised " + e.getKey() + " from " + before.getOrDefault(e.getKey(), 0L)
                                + " to " + e.getValue() + " in " + s.facts().events());
            }
            assertTrue(ASSESSOR.assess(more, s.asOf()).bans().size() <= ASSESSOR.assess(s.facts(), s.asOf()).bans().size(),
                    "seed " + seed + ": adding " + added + " added a ban");
            checked++;
        }
        assertTrue(checked > SAMPLES / 2, "too few valid additions: " + checked);
    }

    @Test
    void identicalFactsGiveIdenticalAssessmentsOnAnyThread() {
        List<RandomHistories.Sample> samples = IntStream.range(0, 500).mapToObj(RandomHistories::sample).toList();
        List<Assessment> sequential = samples.stream().map(s -> ASSESSOR.assess(s.facts(), s.asOf())).toList();
        List<Assessment> parallel = samples.parallelStream().map(s -> ASSESSOR.assess(s.facts(), s.asOf())).toList();
        assertEquals(sequential, parallel);
        for (int i = 0; i < samples.size(); i++) {
            RandomHistories.Sample s = samples.get(i);
            Facts copy = new Facts(s.facts().citizenship(), s.facts().jurisdiction(), List.copyOf(s.facts().events()));
            assertEquals(sequential.get(i), ASSESSOR.assess(copy, s.asOf()), "sample " + i);
        }
    }

    @Test
    void everyObligationStateAndStatusIsConsistentWithTheDates() {
        for (long seed = 0; seed < SAMPLES; seed++) {
            RandomHistories.Sample s = RandomHistories.sample(seed);
            Assessment a = ASSESSOR.assess(s.facts(), s.asOf());
            for (Obligation o : a.obligations()) {
                if (o.state() == ObligationState.MET && o.doneOn() != null && o.due() != null && !o.id().equals("stay-limit")) {
                    assertFalse(o.doneOn().isAfter(o.due()), "seed " + seed + ": " + o.id() + " met after its due date");
                }
            }
            for (Ban b : a.bans()) {
                // the ban covers its months: it ends no earlier than the day before the same date that many months on
                LocalDate anniversary = b.from().plusMonths(b.months());
                assertTrue(!b.until().isBefore(anniversary.minusDays(1)) && !b.until().isAfter(anniversary), "seed " + seed + ": " + b);
                assertTrue(b.until().isAfter(b.from()), "seed " + seed + ": " + b);
            }
            boolean present = a.status().code() != StatusCode.ABROAD && a.status().code() != StatusCode.BANNED;
            boolean planned = a.stay().map(st -> st.planned()).orElse(false);
            if (!present) {
                assertTrue(a.violations().stream().noneMatch(Violation::ongoing), "seed " + seed + ": ongoing violation abroad");
            }
            for (Obligation o : a.obligations()) {
                if (o.state() == ObligationState.PENDING) {
                    assertTrue(present || planned, "seed " + seed + ": " + o.id() + " pending while abroad: " + s.facts().events());
                    assertTrue(o.due() == null || !o.due().isBefore(s.asOf()),
                            "seed " + seed + ": " + o.id() + " pending with a past due date " + o.due() + " as of " + s.asOf());
                }
            }
        }
    }

    private static Map<String, Long> counts(Assessment a) {
        return a.violations().stream().collect(Collectors.groupingBy(v -> v.kind().key(), Collectors.counting()));
    }

    @Test
    void theAssessmentDateBeforeAnyEntryGivesAPlan() {
        Facts f = Facts.of(org.corridor.law.place.Country.UZ, org.corridor.law.place.Jurisdiction.RU_OTHER,
                new Event(org.corridor.law.fact.EventKind.ENTRY, LocalDate.of(2020, 3, 1), "work"));
        Assessment a = ASSESSOR.assess(f, LocalDate.of(2020, 2, 1));
        assertEquals(StatusCode.ABROAD, a.status().code());
        assertTrue(a.stay().orElseThrow().planned());
        assertTrue(a.obligations().stream().allMatch(o -> o.state() == ObligationState.PENDING), a.obligations().toString());
    }
}
