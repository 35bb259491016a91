package org.corridor.app.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.corridor.app.web.ClientError;
import org.corridor.law.money.Money;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A web request for a run: its defaults, its checks, its id, and what its levers change. */
class RunRequestTest {
    private static final Simulation SIMULATION = Simulation.embedded();
    private static final BundledScenarios SCENARIOS = new BundledScenarios(SIMULATION.scenarios());

    private static RunRequest.Draft draft(String scenario, Double scale) {
        return new RunRequest.Draft(scenario, scale, null, null, null, null, null, null, null);
    }

    @Test
    void absentFieldsTakeTheScenariosPeriodAndTheDefaults() {
        RunRequest r = draft("patent-price-double", null).validate(SCENARIOS);
        assertEquals(new RunRequest("patent-price-double", Levers.NONE, RunRequest.DEFAULT_SCALE, 1, YearMonth.of(2005, 1), YearMonth.of(2025, 12)), r);
        assertEquals(new RunRequest("baseline", Levers.NONE, RunRequest.DEFAULT_SCALE, 1, r.from(), r.to()), r.baseline());
        assertTrue(r.baseline().isBaseline());
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
        "scenario=atlantis|scenario",
        "scenario=/etc/passwd|scenario",
        "scale=0.5|scale",
        "scale=0|scale",
        "seed=-1|seed",
        "from=2014-13|from",
        "to=2004-01|to",
        "from=1996-01|from",
        "patent=11|levers.patentPriceMultiplier",
        "reach=-1|levers.banRegisterReach",
        "devaluation=301|levers.roubleDevaluationPercent",
        "leversFrom=2030-01|levers.from"})
    void badValuesAreRefusedNamingTheField(String change, String field) {
        String[] kv = change.split("=");
        String v = kv[1];
        RunRequest.Draft d = new RunRequest.Draft(kv[0].equals("scenario") ? v : "baseline", kv[0].equals("scale") ? Double.valueOf(v) : null,
                kv[0].equals("seed") ? Long.valueOf(v) : null, kv[0].equals("from") ? v : null, kv[0].equals("to") ? v : null,
                kv[0].equals("patent") ? Double.valueOf(v) : null, kv[0].equals("reach") ? Double.valueOf(v) : null,
                kv[0].equals("devaluation") ? Double.valueOf(v) : null, kv[0].equals("leversFrom") ? v : null);
        ClientError e = assertThrows(ClientError.class, () -> d.validate(SCENARIOS));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(400, e.status().getCode());
    }

    @Test
    void theSameRequestHasTheSameIdAndAnotherAnother() {
        RunRequest a = draft("baseline", 0.002).validate(SCENARIOS);
        assertEquals(RunId.of(a), RunId.of(draft("baseline", 0.002).validate(SCENARIOS)));
        assertNotEquals(RunId.of(a), RunId.of(draft("baseline", 0.003).validate(SCENARIOS)));
        assertTrue(RunId.of(a).value().startsWith("baseline-"));
        assertTrue(RunId.parse("../etc").isEmpty());
    }

    @Test
    void leversChangeTheLawAndTheEnvironmentFromTheirMonth() {
        Scenario baseline = SCENARIOS.find("baseline").orElseThrow();
        assertSame(baseline, Levers.NONE.applyTo(baseline));
        Scenario moved = new Levers(2, 0, 50, YearMonth.of(2016, 1)).applyTo(baseline);
        LocalDate before = LocalDate.of(2015, 6, 1);
        LocalDate after = LocalDate.of(2016, 6, 1);
        for (String fee : Levers.PATENT_FEES) {
            BigDecimal was = amount(SIMULATION.lawOf(baseline).parameter(fee).orElseThrow().at(after).orElseThrow().value());
            BigDecimal is = amount(SIMULATION.lawOf(moved).parameter(fee).orElseThrow().at(after).orElseThrow().value());
            assertEquals(0, was.multiply(BigDecimal.valueOf(2)).compareTo(is), fee);
            assertEquals(amount(SIMULATION.lawOf(baseline).parameter(fee).orElseThrow().at(before).orElseThrow().value()),
                    amount(SIMULATION.lawOf(moved).parameter(fee).orElseThrow().at(before).orElseThrow().value()), fee + " before the levers");
        }
        YearMonth month = YearMonth.of(2018, 7);
        assertEquals(0, SIMULATION.environmentOf(moved).series(Levers.BAN_REGISTER).at(month), "the register switched off");
        assertEquals(1.5 * SIMULATION.environmentOf(baseline).series(Levers.ROUBLES_PER_DOLLAR).at(month),
                SIMULATION.environmentOf(moved).series(Levers.ROUBLES_PER_DOLLAR).at(month), 1e-9);
        assertTrue(moved.description().contains("patent price x2, ban register off"), moved.description());
    }

    private static BigDecimal amount(Object value) {
        return value instanceof Money m ? m.amount() : (BigDecimal) value;
    }
}
