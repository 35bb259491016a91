package org.corridor.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.corridor.law.parameter.Law;
import org.corridor.law.reform.Reform;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.run.Simulation;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScenarioLoaderTest {
    static final Simulation SIMULATION = Simulation.embedded();
    static final java.util.List<String> BUNDLED = ScenarioLoader.BUNDLED;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyBundledScenarioLoadsAndItsReformsApply(String name) {
        Scenario s = SIMULATION.scenarios().load(name);
        assertEquals(name, s.name());
        assertFalse(s.description().isBlank(), "every scenario says what it is");
        assertEquals(YearMonth.of(2005, 1), s.from());
        Law reformed = SIMULATION.lawOf(s);
        assertTrue(reformed.parameters().size() <= SIMULATION.law().parameters().size());
        SIMULATION.behaviourOf(s);
        SIMULATION.environmentOf(s);
    }

    @Test
    void theBaselineChangesOnlyTheCalibratedValuesAndTheWhatIfsChangeWhatTheySay() {
        Scenario baseline = SIMULATION.scenarios().load("baseline");
        assertTrue(baseline.law().isEmpty() && baseline.environment().isEmpty() && baseline.amnesties().isEmpty());
        assertEquals(baseline.behaviour().keySet(), baseline.calibrated(), "the baseline's behaviour values are the calibration's, marked so");
        assertEquals(BehaviourParameter.Status.CALIBRATED, SIMULATION.behaviourOf(baseline).parameter(baseline.calibrated().iterator().next()).status());
        Scenario doubled = SIMULATION.scenarios().load("patent-price-double");
        assertEquals(3, doubled.law().size());
        Law law = SIMULATION.lawOf(doubled);
        Object fee2016 = law.parameter("ru.work.monthly_fee.mow").orElseThrow().at(LocalDate.of(2016, 6, 1)).orElseThrow().value();
        Object base2016 = SIMULATION.law().parameter("ru.work.monthly_fee.mow").orElseThrow().at(LocalDate.of(2016, 6, 1)).orElseThrow().value();
        assertEquals(((org.corridor.law.money.Money) base2016).amount().doubleValue() * 2, ((org.corridor.law.money.Money) fee2016).amount().doubleValue(), 1e-9);
        Scenario outside = SIMULATION.scenarios().load("kyrgyzstan-outside-eaeu");
        assertTrue(SIMULATION.lawOf(outside).parameter("ru.work.authorisation.kg").isEmpty(), "the Kyrgyz override is revoked, so the CIS rule applies");
        assertTrue(outside.law().stream().allMatch(r -> r.change() instanceof Reform.Revoke));
        Scenario amnesty = SIMULATION.scenarios().load("ban-amnesty-2018");
        assertEquals(1, amnesty.amnesties().size());
        assertEquals(baseline.calibrated(), amnesty.calibrated(), "a what-if inherits the calibrated values");
    }

    @Test
    void aScenarioFileCanExtendTheBaselineAndChangeAllThree() throws IOException {
        Path file = write("""
                name: my-test
                extends: baseline
                period: {from: 2010-01, to: 2020-12}
                law:
                  - {parameter: ru.work.apply_within, from: 2015-01-01, set: "90 days"}
                behaviour:
                  legal.passport_abroad: 0.5
                  migration.women_relative: {TJ: 0.3, KG: 0.8, UZ: 0.3}
                environment:
                  - {series: fx.RUB, from: 2014-07, multiply: 0.5}
                events:
                  - {month: 2018-01, ban_amnesty: RU}
                """);
        Scenario s = SIMULATION.scenarios().load(file.toString());
        assertEquals("my-test", s.name());
        assertEquals(YearMonth.of(2020, 12), s.to());
        assertEquals(0.5, SIMULATION.behaviourOf(s).get("legal.passport_abroad"));
        assertEquals(0.8, SIMULATION.behaviourOf(s).get("migration.women_relative", 1));
        double before = SIMULATION.environment().series("fx.RUB").at(YearMonth.of(2016, 7));
        assertEquals(before / 2, SIMULATION.environmentOf(s).series("fx.RUB").at(YearMonth.of(2016, 7)), 1e-9);
    }

    @Test
    void badScenariosNameTheFileLineAndField() throws IOException {
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                colour: blue
                """, ":3: colour: unknown key");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                law:
                  - parameter: ru.work.monthly_fees
                    from: 2015-01-01
                    multiply: 2
                """, ":4: law[0].parameter: the law has no parameter 'ru.work.monthly_fees'; did you mean 'ru.work.monthly_fee'?");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                law:
                  - parameter: ru.work.monthly_fee
                    from: 2031-01-01
                    multiply: 2
                """, ":5: law[0].from: 2031-01-01 is outside the scenario's period 2005-01 to 2025-12");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                law:
                  - parameter: ru.work.monthly_fee
                    from: 2015-01-01
                    multiply: twice
                """, ":6: law[0].multiply: expected a number of at least 0, got 'twice'");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                law:
                  - {parameter: ru.work.exam, from: 2015-01-01, multiply: 2}
                """, "law[0].multiply: parameter 'ru.work.exam' (boolean) has no amount to multiply");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                behaviour:
                  legal.pasport_abroad: 0.3
                """, ":4: behaviour.legal.pasport_abroad: no behaviour parameter 'legal.pasport_abroad'; did you mean 'legal.passport_abroad'?");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                behaviour:
                  migration.season: [1, 2]
                """, ":4: behaviour.migration.season: expected a list of 12 numbers");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-13}
                """, ":2: period.to: no such month: '2025-13'");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                events:
                  - {month: 2004-01, ban_amnesty: RU}
                """, ":4: events[0].month: 2004-01 is outside the scenario's period");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                environment:
                  - {series: fx.EUR, from: 2010-01, set: 1}
                """, ":4: environment[0].series: no environment series 'fx.EUR'");
        assertError("name: x\nperiod: [unclosed\n", "not valid YAML");
        assertError("""
                period: {from: 2005-01, to: 2025-12}
                """, "name: missing");
    }

    @Test
    void aUtilityMayBeNegativeButARateMayNot() throws IOException {
        Path file = write("""
                name: kazakhstan-less
                extends: baseline
                period: {from: 2010-01, to: 2020-12}
                behaviour:
                  migration.kazakhstan_constant: {TJ: -0.5, KG: 0, UZ: -1}
                """);
        assertEquals(-1.0, SIMULATION.behaviourOf(SIMULATION.scenarios().load(file.toString())).get("migration.kazakhstan_constant", 2));
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                behaviour:
                  return.ban_deterrence: -0.1
                """, ":4: behaviour.return.ban_deterrence: expected finite numbers of at least 0");
    }

    @Test
    void aValueOutsideWhatTheParameterAllowsIsRefusedWithItsLine() throws IOException {
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                behaviour:
                  remittance.currency_compensation: 2
                """, ":4: behaviour.remittance.currency_compensation: 2.0 is outside the values remittance.currency_compensation can take"
                + " (between 0.0 and 1.0)");
        assertError("""
                name: x
                period: {from: 2005-01, to: 2025-12}
                behaviour:
                  remittance.reference_months: 0.4
                """, ":4: behaviour.remittance.reference_months: 0.4 is outside the values remittance.reference_months can take (at least 1.0)");
    }

    @Test
    void anUnknownNameOrMissingFileSaysWhatIsBundled() {
        InputError e = assertThrows(InputError.class, () -> SIMULATION.scenarios().load("basline"));
        assertTrue(e.getMessage().contains("no such scenario") && e.getMessage().contains("baseline"), e.getMessage());
    }

    private void assertError(String text, String expected) throws IOException {
        Path file = write(text);
        InputError e = assertThrows(InputError.class, () -> SIMULATION.scenarios().load(file.toString()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
