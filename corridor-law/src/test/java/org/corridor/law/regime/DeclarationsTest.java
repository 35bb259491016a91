package org.corridor.law.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.assessment.OccupationRule;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Description;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.parameter.Unit;
import org.corridor.law.place.Jurisdiction;
import org.junit.jupiter.api.Test;

/** One parameter, one declaration: every file read by a declared key, every key backed by a file. */
class DeclarationsTest {
    private static final Law LAW = LawLoader.embedded();
    private static final Declarations DECLARED = Assessor.declarations();

    @Test
    void everyDeclaredKeyHasAFile() {
        for (Key<?> k : DECLARED.keys()) {
            boolean found = LAW.parameters().stream().anyMatch(p -> pathOf(p.id()).equals(k.path()) || pathOf(p.id()).startsWith(k.path() + "."));
            assertTrue(found, "the key " + k.path() + " is declared but no parameter file gives it a value");
        }
    }

    @Test
    void aFileNoKeyReadsIsRefusedNamingIt() {
        List<Parameter> more = new ArrayList<>(LAW.parameters());
        more.add(new Parameter("ru.work.lunch_break", new Description("d", "д"), Unit.DAYS, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), 1, "Law", false, ""))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Assessor.ruleBook(new Law(more)));
        assertEquals("the parameter ru.work.lunch_break is read by no rule: declare a Key for 'work.lunch_break' beside the rule that reads it",
                e.getMessage());
    }

    @Test
    void aFileWhoseUnitTheKeyRefusesIsRefusedNamingBoth() {
        List<Parameter> more = new ArrayList<>();
        for (Parameter p : LAW.parameters()) {
            more.add(p.id().equals("ru.work.exam") ? new Parameter(p.id(), p.description(), Unit.DAYS, "",
                    List.of(new DatedValue(LocalDate.of(2015, 1, 1), 3, "Law", false, ""))) : p);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Assessor.ruleBook(new Law(more)));
        assertEquals("the parameter ru.work.exam has unit days, but its key 'work.exam' takes [boolean]", e.getMessage());
    }

    @Test
    void aKeyIsDeclaredOnce() {
        Set<String> paths = new HashSet<>();
        for (Key<?> k : DECLARED.keys()) {
            assertTrue(paths.add(k.path()), "declared twice: " + k.path());
        }
    }

    @Test
    void theProductionCalendarHoldsEachYearsOwnDays() {
        for (String id : List.of("ru.calendar.days_off", "ru.calendar.working_weekends")) {
            Parameter p = LAW.parameter(id).orElseThrow();
            for (DatedValue v : p.values()) {
                @SuppressWarnings("unchecked")
                List<LocalDate> days = (List<LocalDate>) v.value();
                for (LocalDate d : days) {
                    assertEquals(v.since().getYear(), d.getYear(), id + ": " + d + " listed under " + v.since());
                    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                    assertEquals(id.endsWith("working_weekends"), weekend, id + ": " + d + " is a " + d.getDayOfWeek());
                }
            }
        }
        RuleBook book = Assessor.embedded().ruleBook();
        var calendar = book.holidays(Jurisdiction.RU_OTHER);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2017, 2, 24)), "24 February 2017 was a day off");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2019, 5, 10)), "10 May 2019 was a day off");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2016, 2, 20)), "Saturday 20 February 2016 was a working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2014, 2, 24)), "24 February 2014 was a working day: its day off moved to 3 November");
    }

    @Test
    void everyBannedOccupationIsOneThePlannerKnows() {
        Parameter vocabulary = LAW.parameter("ru.work.occupations").orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> known = (List<String>) vocabulary.values().get(vocabulary.values().size() - 1).value();
        for (Parameter p : LAW.parameters()) {
            if (!p.id().startsWith("ru.work.banned_occupations")) {
                continue;
            }
            for (DatedValue v : p.values()) {
                @SuppressWarnings("unchecked")
                List<String> banned = (List<String>) v.value();
                for (String o : banned) {
                    assertTrue(known.contains(o) || o.equals("all"), p.id() + " since " + v.since() + " bans an unknown occupation " + o);
                }
            }
        }
        assertTrue(OccupationRule.BANNED.path().equals("work.banned_occupations"));
    }

    private static String pathOf(String id) {
        return id.substring(id.indexOf('.') + 1);
    }
}
