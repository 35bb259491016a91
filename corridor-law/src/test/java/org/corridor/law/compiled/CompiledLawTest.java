package org.corridor.law.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.corridor.law.assessment.EntryDocumentsRule;
import org.corridor.law.assessment.PatentPaymentRule;
import org.corridor.law.assessment.RegistrationRule;
import org.corridor.law.assessment.StayLimitRule;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.law.parameter.StayLimit;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Key;
import org.corridor.law.regime.RuleBook;
import org.corridor.law.regime.Rules;
import org.junit.jupiter.api.Test;

/** The simulation's view of the law: the same numbers the planner uses, month by month. */
class CompiledLawTest {
    private static final Column HOME = Assessor.HOME;
    private static final RuleBook BOOK = Assessor.embedded().ruleBook();
    private static final CompiledLaw LAW = CompiledLaw.compile(BOOK, YearMonth.of(2005, 1), YearMonth.of(2030, 12));

    private static double at(Jurisdiction j, Country c, String month, Column f) {
        return LAW.value(f, LAW.slot(j, c, YearMonth.parse(month)));
    }

    private static double at(Jurisdiction j, Country c, String month, Key<?> k) {
        return LAW.value(k, LAW.slot(j, c, YearMonth.parse(month)));
    }

    @Test
    void coversEveryMonthOf2005To2030() {
        assertEquals(26 * 12, LAW.months());
    }

    @Test
    void patentPricesFollowRegionAndYear() {
        assertEquals(4000, at(Jurisdiction.RU_MOW, Country.TJ, "2015-06", PatentPaymentRule.MONTHLY_FEE));
        assertEquals(3000, at(Jurisdiction.RU_SPE, Country.TJ, "2015-06", PatentPaymentRule.MONTHLY_FEE));
        assertEquals(1000, at(Jurisdiction.RU_OTHER, Country.UZ, "2012-06", PatentPaymentRule.MONTHLY_FEE));
        assertTrue(Double.isNaN(at(Jurisdiction.RU_OTHER, Country.UZ, "2009-06", PatentPaymentRule.MONTHLY_FEE)), "no patent before July 2010");
        assertEquals(22000, at(Jurisdiction.RU_MOW, Country.UZ, "2016-01", WorkAuthorisationRule.UPFRONT_COST));
    }

    @Test
    void kyrgyzstanJoinsTheEaeuInSeptember2015() {
        // the law on the first day of a month governs it: accession on 12 August shows from September
        assertEquals(1, at(Jurisdiction.RU_MOW, Country.KG, "2015-08", WorkAuthorisationRule.REQUIRED));
        assertEquals(0, at(Jurisdiction.RU_MOW, Country.KG, "2015-09", WorkAuthorisationRule.REQUIRED));
        assertEquals(30, at(Jurisdiction.RU_MOW, Country.KG, "2015-09", RegistrationRule.DEADLINE));
        assertEquals(1, at(Jurisdiction.RU_MOW, Country.KG, "2015-09", StayLimitRule.FOLLOWS_CONTRACT));
    }

    @Test
    void theReformsOf2014And2015AreVisible() {
        assertEquals(10, at(Jurisdiction.RU_MOW, Country.TJ, "2013-12", RegistrationRule.DEADLINE), "7 working days as typical calendar days");
        assertEquals(15, at(Jurisdiction.RU_MOW, Country.TJ, "2014-01", RegistrationRule.DEADLINE));
        assertEquals(StayLimit.Window.ENTRY.ordinal(), at(Jurisdiction.RU_MOW, Country.UZ, "2013-12", StayLimitRule.WINDOW));
        assertEquals(180, at(Jurisdiction.RU_MOW, Country.UZ, "2014-01", StayLimitRule.WINDOW_DAYS));
        assertTrue(Double.isNaN(at(Jurisdiction.RU_MOW, Country.UZ, "2014-12", WorkAuthorisationRule.EXAM))
                || at(Jurisdiction.RU_MOW, Country.UZ, "2014-12", WorkAuthorisationRule.EXAM) == 0);
        assertEquals(1, at(Jurisdiction.RU_MOW, Country.UZ, "2015-01", WorkAuthorisationRule.EXAM));
        assertEquals(AuthorisationKind.PATENT.ordinal(), at(Jurisdiction.RU_MOW, Country.UZ, "2015-01", WorkAuthorisationRule.AUTHORISATION));
        assertEquals(30, at(Jurisdiction.RU_MOW, Country.UZ, "2015-01", WorkAuthorisationRule.APPLY_WITHIN));
        assertEquals(1, at(Jurisdiction.RU_MOW, Country.TJ, "2015-01", EntryDocumentsRule.FOREIGN_PASSPORT));
    }

    @Test
    void overstayBansUseTheSameScaleAsThePlanner() {
        int slot = LAW.slot(Jurisdiction.RU_OTHER, Country.UZ, YearMonth.of(2016, 5));
        assertEquals(0, LAW.overstayBanMonths(slot, 30));
        assertEquals(36, LAW.overstayBanMonths(slot, 31));
        assertEquals(60, LAW.overstayBanMonths(slot, 181));
        assertEquals(120, LAW.overstayBanMonths(slot, 271));
        int early = LAW.slot(Jurisdiction.RU_OTHER, Country.UZ, YearMonth.of(2012, 5));
        assertEquals(0, LAW.overstayBanMonths(early, 400));
        int turkey = LAW.slot(Jurisdiction.TR, Country.UZ, YearMonth.of(2021, 5));
        assertEquals(1, LAW.overstayBanMonths(turkey, 100));
    }

    @Test
    void everySlotMatchesTheRulesOnTheFirstOfTheMonth() {
        for (Jurisdiction j : Jurisdiction.values()) {
            for (Country c : org.corridor.law.place.Citizenships.COVERED) {
                for (int m = 0; m < LAW.months(); m += 7) {
                    Rules r = BOOK.rules(j, c, LAW.firstMonth().plusMonths(m).atDay(1));
                    int slot = LAW.slot(j, c, m);
                    assertEquals(r.has(StayLimitRule.LIMIT) ? r.value(StayLimitRule.LIMIT).firstStayDays() : Double.NaN,
                            LAW.value(StayLimitRule.FIRST_STAY_DAYS, slot));
                    assertEquals(WorkAuthorisationRule.needsAuthorisation(r) ? 1 : 0, LAW.value(WorkAuthorisationRule.REQUIRED, slot));
                    assertEquals(r.home() ? 1 : 0, LAW.value(HOME, slot));
                }
            }
        }
    }

    @Test
    void citizensAtHomeAreMarked() {
        assertEquals(1, at(Jurisdiction.KZ, Country.KZ, "2016-01", HOME));
        assertEquals(0, at(Jurisdiction.KG_INTERNAL, Country.KG, "2016-01", HOME));
        assertEquals(45, at(Jurisdiction.KG_INTERNAL, Country.KG, "2016-01", RegistrationRule.MIN_STAY_DAYS));
    }

    @Test
    void rejectsMonthsOutsideTheCompiledRange() {
        assertThrows(IndexOutOfBoundsException.class, () -> LAW.slot(Jurisdiction.TR, Country.UZ, YearMonth.of(2031, 1)));
        assertThrows(IllegalArgumentException.class, () -> CompiledLaw.compile(BOOK, YearMonth.of(2010, 1), YearMonth.of(2009, 1)));
    }
}
