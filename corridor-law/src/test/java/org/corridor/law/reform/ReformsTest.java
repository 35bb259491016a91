package org.corridor.law.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.junit.jupiter.api.Test;

class ReformsTest {
    static final Law LAW = LawLoader.embedded();

    static double fee(Law law, String id, String day) {
        return ((Money) law.parameter(id).orElseThrow().at(LocalDate.parse(day)).orElseThrow().value()).amount().doubleValue();
    }

    @Test
    void multiplyingChangesEveryAmountFromTheDateAndNothingBefore() {
        Law doubled = Reforms.apply(LAW, List.of(new Reform("ru.work.monthly_fee.mow", LocalDate.of(2015, 1, 1), new Reform.Multiply(2), "test")));
        assertEquals(2 * fee(LAW, "ru.work.monthly_fee.mow", "2015-06-01"), fee(doubled, "ru.work.monthly_fee.mow", "2015-06-01"), 1e-9);
        assertEquals(2 * fee(LAW, "ru.work.monthly_fee.mow", "2020-06-01"), fee(doubled, "ru.work.monthly_fee.mow", "2020-06-01"), 1e-9);
        assertTrue(doubled.parameter("ru.work.monthly_fee.mow").orElseThrow().at(LocalDate.of(2016, 1, 1)).orElseThrow().assumption(),
                "a reformed value is flagged");
        Law general = Reforms.apply(LAW, List.of(new Reform("ru.work.monthly_fee", LocalDate.of(2015, 1, 1), new Reform.Multiply(2), "test")));
        assertEquals(fee(LAW, "ru.work.monthly_fee", "2014-06-01"), fee(general, "ru.work.monthly_fee", "2014-06-01"), 1e-9);
        assertEquals(2 * fee(LAW, "ru.work.monthly_fee", "2019-06-01"), fee(general, "ru.work.monthly_fee", "2019-06-01"), 1e-9);
        assertEquals(4000, fee(LAW, "ru.work.monthly_fee.mow", "2015-06-01"), 1e-9, "the embedded law is unchanged (002:2716-2717)");
    }

    @Test
    void multiplyingMidPeriodStartsANewValueOnTheDate() {
        Law reformed = Reforms.apply(LAW, List.of(new Reform("ru.work.monthly_fee.mow", LocalDate.of(2015, 7, 1), new Reform.Multiply(1.5), "test")));
        assertEquals(4000, fee(reformed, "ru.work.monthly_fee.mow", "2015-06-30"), 1e-9);
        assertEquals(6000, fee(reformed, "ru.work.monthly_fee.mow", "2015-07-01"), 1e-9);
    }

    @Test
    void revokingACitizenshipOverrideFallsBackToTheGeneralRule() {
        Law outside = Reforms.apply(LAW, List.of(new Reform("ru.work.authorisation.kg", LocalDate.of(2015, 8, 12), new Reform.Revoke(), "test")));
        assertTrue(outside.parameter("ru.work.authorisation.kg").isEmpty());
        LocalDate day = LocalDate.of(2017, 1, 1);
        assertEquals(AuthorisationKind.NONE, Assessor.ruleBook(LAW).rules(Jurisdiction.RU_MOW, Country.KG, day).value(WorkAuthorisationRule.AUTHORISATION));
        assertEquals(AuthorisationKind.PATENT, Assessor.ruleBook(outside).rules(Jurisdiction.RU_MOW, Country.KG, day).value(WorkAuthorisationRule.AUTHORISATION));
    }

    @Test
    void settingReplacesTheValueFromTheDate() {
        Law longer = Reforms.apply(LAW, List.of(new Reform("ru.work.apply_within", LocalDate.of(2015, 1, 1),
                new Reform.Set(org.corridor.law.calendar.Deadline.parse("90 days")), "test")));
        assertEquals(90, Assessor.ruleBook(longer).rules(Jurisdiction.RU_MOW, Country.TJ, LocalDate.of(2016, 1, 1)).value(WorkAuthorisationRule.APPLY_WITHIN).amount());
        assertEquals(30, Assessor.ruleBook(LAW).rules(Jurisdiction.RU_MOW, Country.TJ, LocalDate.of(2016, 1, 1)).value(WorkAuthorisationRule.APPLY_WITHIN).amount());
    }

    @Test
    void unknownParametersAndUnmultipliableValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reforms.apply(LAW,
                List.of(new Reform("ru.no.such", LocalDate.of(2015, 1, 1), new Reform.Multiply(2), "test"))));
        assertThrows(IllegalArgumentException.class, () -> Reforms.apply(LAW,
                List.of(new Reform("ru.work.exam", LocalDate.of(2015, 1, 1), new Reform.Multiply(2), "test"))));
    }
}
