package org.corridor.app.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.ObligationId;
import org.corridor.law.assessment.ObligationState;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * The plan's calendar file, read by an independent parser (Debian's python3-icalendar) and by ical4j
 * itself: one event per date still to be kept, in the person's language, with its reminders, and
 * UIDs that stay the same from one download to the next.
 */
class PlanCalendarTest {
    private static final Assessor ASSESSOR = Assessor.embedded();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 15);
    /** 09:00 in Moscow on the assessment day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-15T06:00:00Z"), MOSCOW);
    private static final long DAYS_BEFORE = -3 * 86400 + 9 * 3600;
    private static final long ON_THE_DAY = 9 * 3600;

    /** A Tajik citizen in Moscow, two weeks after entering to work: registered, medical tests done, the rest of the patent to go. */
    private static Assessment working() {
        Facts f = Facts.of(Country.TJ, Jurisdiction.RU_MOW, new Event(EventKind.ENTRY, LocalDate.of(2024, 3, 1), "work"),
                Event.of(EventKind.REGISTRATION, LocalDate.of(2024, 3, 5)), Event.of(EventKind.MEDICAL, LocalDate.of(2024, 3, 12)));
        return ASSESSOR.assess(f, AS_OF);
    }

    /** An Uzbek visitor who overstayed by a month and left: banned for three years. */
    private static Assessment banned() {
        Facts f = Facts.of(Country.UZ, Jurisdiction.RU_OTHER, new Event(EventKind.ENTRY, LocalDate.of(2016, 1, 1), "visit"),
                Event.of(EventKind.REGISTRATION, LocalDate.of(2016, 1, 11)), Event.of(EventKind.EXIT, LocalDate.of(2016, 4, 30)));
        return ASSESSOR.assess(f, LocalDate.of(2016, 6, 1));
    }

    private static List<Obligation> upcoming(Assessment a, LocalDate today) {
        return a.obligations().stream().filter(o -> o.state() == ObligationState.PENDING && o.due() != null && !o.due().isBefore(today)).toList();
    }

    /** Each event as "date summary", sorted, to compare as a multiset. */
    private static List<String> dated(JsonNode calendar) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : calendar.get("events")) {
            out.add(e.get("start").asText() + " " + e.get("summary").asText());
        }
        return out.stream().sorted().toList();
    }

    private static List<String> expected(Assessment a, Messages m, LocalDate today) {
        return upcoming(a, today).stream().map(o -> o.due() + " " + PlanView.obligation(a, m, o).title()).sorted().toList();
    }

    @Test
    void eachPendingObligationIsOneAllDayEventWithItsReminders() throws Exception {
        Assessment a = working();
        Messages m = Messages.of("ru");
        assertTrue(upcoming(a, AS_OF).size() >= 3, a.obligations().toString());
        assertTrue(a.obligation(ObligationId.STAY_LIMIT).map(o -> o.state() == ObligationState.PENDING).orElse(false),
                "the last legal day is an event");
        JsonNode cal = parse(PlanCalendar.of(a, m, CLOCK));
        assertEquals("PUBLISH", cal.get("METHOD").asText());
        assertEquals("2.0", cal.get("VERSION").asText());
        assertEquals("GREGORIAN", cal.get("CALSCALE").asText());
        assertTrue(cal.get("PRODID").asText().contains("Corridor"), cal.get("PRODID").asText());
        assertEquals(expected(a, m, AS_OF), dated(cal), "every pending obligation's due date exactly once, nothing else");
        for (JsonNode e : cal.get("events")) {
            LocalDate start = LocalDate.parse(e.get("start").asText()); // a date, not a date-time: an all-day event
            assertEquals(start.plusDays(1).toString(), e.get("end").asText());
            assertEquals("2024-03-15T06:00:00+00:00", e.get("stamp").asText());
            List<Long> triggers = new ArrayList<>();
            for (JsonNode alarm : e.get("alarms")) {
                assertEquals("DISPLAY", alarm.get("action").asText());
                assertEquals("START", alarm.get("related").asText());
                assertEquals(e.get("summary").asText(), alarm.get("description").asText());
                triggers.add(alarm.get("trigger").asLong());
            }
            assertEquals(List.of(DAYS_BEFORE, ON_THE_DAY), triggers, e.toString());
            String description = e.get("description").asText();
            assertTrue(description.endsWith(m.get("calendar.source")), description);
            assertFalse(description.contains("calendar.source"), description);
        }
        PlanView.Item patent = PlanView.obligation(a, m, a.obligation(ObligationId.WORK_AUTHORISATION).orElseThrow());
        String permit = event(cal, patent.title()).get("description").asText();
        assertTrue(permit.startsWith(m.get("plan.cost") + ": " + patent.cost() + "\n" + m.get("plan.ifMissed") + ": " + patent.consequence()),
                permit);
        assertTrue(permit.contains("22") && permit.contains("RUB"), permit);
    }

    @Test
    void summariesAreInThePersonsLanguage() throws Exception {
        Assessment a = working();
        JsonNode ru = parse(PlanCalendar.of(a, Messages.of("ru"), CLOCK));
        JsonNode tg = parse(PlanCalendar.of(a, Messages.of("tg"), CLOCK));
        JsonNode en = parse(PlanCalendar.of(a, Messages.of("en"), CLOCK));
        assertEquals(expected(a, Messages.of("ru"), AS_OF), dated(ru));
        assertEquals(expected(a, Messages.of("tg"), AS_OF), dated(tg));
        for (int i = 0; i < ru.get("events").size(); i++) {
            String r = ru.get("events").get(i).get("summary").asText();
            String t = tg.get("events").get(i).get("summary").asText();
            String e = en.get("events").get(i).get("summary").asText();
            assertTrue(r.matches(".*[а-яА-Я]{4}.*"), r);
            assertNotEquals(r, t);
            assertNotEquals(e, t);
            assertFalse(t.matches(".*[a-zA-Z]{4}.*"), "no English left in Tajik: " + t);
            assertTrue(tg.get("events").get(i).get("description").asText().contains(Messages.of("tg").get("calendar.source")));
        }
        assertTrue(dated(tg).stream().anyMatch(s -> s.matches(".*[ҳҷқғӣӯ].*")), "Tajik letters: " + dated(tg));
    }

    @Test
    void uidsAreStableBetweenDownloadsAndDistinctBetweenEvents() throws Exception {
        Assessment a = working();
        JsonNode first = parse(PlanCalendar.of(a, Messages.of("ru"), CLOCK));
        Clock later = Clock.fixed(Instant.parse("2024-03-15T17:30:00Z"), MOSCOW);
        JsonNode second = parse(PlanCalendar.of(working(), Messages.of("tg"), later));
        List<String> uids = uids(first);
        assertEquals(uids, uids(second), "the same events in another language and at another time keep their UIDs");
        assertEquals(uids.size(), new HashSet<>(uids).size(), "one UID per event: " + uids);
        for (String uid : uids) {
            assertTrue(uid.matches("[0-9a-f]{32}@corridor"), uid);
        }
        assertEquals("2024-03-15T17:30:00+00:00", second.get("events").get(0).get("stamp").asText());
        // the same day and the same rule give the same UID, whoever asks: it carries nothing about the person
        assertEquals(PlanCalendar.uid("obligation stay-limit", a.obligation(ObligationId.STAY_LIMIT).orElseThrow().due()), uids.get(uids.size() - 1));
    }

    @Test
    void datesAlreadyPastAreLeftOut() throws Exception {
        Assessment a = working();
        LocalDate today = LocalDate.of(2024, 4, 10);
        JsonNode cal = parse(PlanCalendar.of(a, Messages.of("en"), Clock.fixed(Instant.parse("2024-04-10T06:00:00Z"), MOSCOW)));
        List<String> expected = expected(a, Messages.of("en"), today);
        assertEquals(1, expected.size(), "only the last legal day is still ahead: " + expected);
        assertEquals(expected, dated(cal));
        assertTrue(PlanCalendar.hasEvents(a, Clock.fixed(Instant.parse("2024-04-10T06:00:00Z"), MOSCOW)));
        // past every date: nothing to add, which the planner is told before it offers the file
        Clock past = Clock.fixed(Instant.parse("2025-01-01T06:00:00Z"), MOSCOW);
        assertFalse(PlanCalendar.hasEvents(a, past));
        assertEquals(0, parse(PlanCalendar.of(a, Messages.of("en"), past)).get("events").size());
    }

    @Test
    void theDayABanIsOverIsAnEventWithTheAdviceToCheckFirst() throws Exception {
        Assessment a = banned();
        Ban ban = a.bans().get(0);
        Messages m = Messages.of("ru");
        JsonNode cal = parse(PlanCalendar.of(a, m, Clock.fixed(Instant.parse("2016-06-01T06:00:00Z"), MOSCOW)));
        JsonNode over = cal.get("events").get(cal.get("events").size() - 1);
        assertEquals(ban.until().plusDays(1).toString(), over.get("start").asText());
        assertEquals("2019-04-30", over.get("start").asText());
        assertEquals(m.get("calendar.banOver", PlanView.ban(a, m, ban).title()), over.get("summary").asText());
        assertTrue(over.get("summary").asText().contains(m.get("ban.reason.overstay")), over.toString());
        assertTrue(over.get("description").asText().startsWith(m.get("plan.checkBan")), over.toString());
        assertEquals(1, over.get("alarms").size());
        assertEquals(ON_THE_DAY, over.at("/alarms/0/trigger").asLong());
        // once over, a ban is no longer an event
        assertTrue(PlanCalendar.hasEvents(a, Clock.fixed(Instant.parse("2019-04-30T06:00:00Z"), MOSCOW)));
        assertFalse(PlanCalendar.hasEvents(a, Clock.fixed(Instant.parse("2019-05-01T06:00:00Z"), MOSCOW)));
        assertEquals(0, parse(PlanCalendar.of(a, m, Clock.fixed(Instant.parse("2019-05-01T06:00:00Z"), MOSCOW))).get("events").size());
    }

    /** Folded at 75 octets, CRLF, UTF-8, and only the properties that carry dates, rule titles and reminders. */
    @Test
    void theFileIsWellFormedAndHoldsOnlyDatesAndRules() throws Exception {
        byte[] ics = PlanCalendar.of(working(), Messages.of("tg"), CLOCK);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertArrayEquals(ics, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), text);
        assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"), "every line ends in CRLF");
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long Tajik descriptions are folded");
        Set<String> names = new java.util.TreeSet<>();
        Matcher name = Pattern.compile("(?m)^([A-Z-]+)[;:]").matcher(text.replace("\r\n ", ""));
        while (name.find()) {
            names.add(name.group(1));
        }
        assertEquals(new java.util.TreeSet<>(List.of("ACTION", "BEGIN", "CALSCALE", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "END",
                "METHOD", "PRODID", "SUMMARY", "TRANSP", "TRIGGER", "UID", "VERSION")), names);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20240331\r\n"), text);
    }

    @Test
    void ical4jReadsBackWhatItWrote() throws Exception {
        Assessment a = working();
        Messages m = Messages.of("ru");
        byte[] ics = PlanCalendar.of(a, m, CLOCK);
        Calendar back = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = back.getComponents("VEVENT");
        TreeMap<String, String> read = new TreeMap<>();
        for (VEvent e : events) {
            read.put(e.getUid().orElseThrow().getValue(), e.getDateTimeStart().getValue() + " "
                    + e.getSummary().getValue() + " " + e.getAlarms().size());
        }
        JsonNode python = parse(ics);
        TreeMap<String, String> independent = new TreeMap<>();
        for (JsonNode e : python.get("events")) {
            independent.put(e.get("uid").asText(), e.get("start").asText().replace("-", "") + " " + e.get("summary").asText() + " "
                    + e.get("alarms").size());
        }
        assertEquals(independent, read);
        java.io.StringWriter again = new java.io.StringWriter();
        new CalendarOutputter(false).output(back, again);
        assertEquals(new String(ics, StandardCharsets.UTF_8), PlanCalendar.foldOctets(again.toString()), "written again, the same file");
    }

    private static JsonNode event(JsonNode cal, String summary) {
        for (JsonNode e : cal.get("events")) {
            if (e.get("summary").asText().equals(summary)) {
                return e;
            }
        }
        throw new AssertionError("no event " + summary + " in " + cal);
    }

    private static List<String> uids(JsonNode cal) {
        List<String> out = new ArrayList<>();
        cal.get("events").forEach(e -> out.add(e.get("uid").asText()));
        return out;
    }

    private static JsonNode parse(byte[] ics) throws Exception {
        return IcsReader.parse(ics);
    }
}
