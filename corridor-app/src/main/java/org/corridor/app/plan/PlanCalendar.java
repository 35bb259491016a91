package org.corridor.app.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.ObligationState;
import org.corridor.law.place.Country;

/**
 * A plan's dates as an iCalendar file (RFC 5545) to add to a phone's calendar, which then keeps them
 * offline and reminds the person: Android and iOS open a downloaded {@code .ics} file (from the
 * browser's downloads, or a messenger) and offer to add its events to a calendar; whether the
 * reminders come along depends on the calendar app (Apple's Calendar and most Android calendars
 * keep them; some, such as Google Calendar's import on the web, drop them and use their own default).
 * Serve it as {@link #MEDIA_TYPE} with a file name ending in {@code .ics}.
 *
 * <p>One all-day event for each obligation still to be met ({@link ObligationState#PENDING}, with a
 * due date today or later), the stay limit's last legal day among them, titled and explained in the
 * person's language with the plan's own words ({@link PlanView}); and one for the day each re-entry
 * ban is over, when entry is possible again, with the plan's advice to check the ban first. Missed
 * obligations and violations are not events: nothing can be done on a past date, and the plan says
 * what to do about them.
 *
 * <p>The file holds nothing about the person beyond those dates and the rules' titles: the planner
 * knows no name, and the events' UIDs are a hash of the obligation (or ban) and its date, not random,
 * so that importing the plan again updates the same events instead of adding copies (in the calendar
 * apps that go by UID); an obligation whose date has moved is a new event, and the old one has to be
 * deleted by hand.
 */
public final class PlanCalendar {
    /** The media type to serve the file with. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    static final String PRODID = "-//Corridor//Planner//EN";

    /**
     * The first reminder: at 09:00 three days before the due date (all-day events start at local
     * midnight, so -P3D alone would ring in the night). Three days leave at least one working day
     * even when the date falls on a Monday: to queue at a migration centre, to let a patent payment
     * reach the treasury, or to buy a ticket out before the last legal day.
     */
    static final Duration DAYS_BEFORE = Duration.ofDays(-3).plusHours(9);

    /** The second reminder: at 09:00 on the day itself, the last day on which the step is on time. */
    static final Duration ON_THE_DAY = Duration.ofHours(9);

    /** Part of every UID's hash: changing it would make every calendar treat old events as others. */
    private static final String UID_SALT = "corridor-plan-calendar-1";

    private PlanCalendar() {
    }

    /**
     * Whether the file would hold any event. RFC 5545 asks a calendar for at least one component, so
     * where there is none the planner should say there is nothing to add rather than offer the file.
     */
    public static boolean hasEvents(Assessment a, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return a.obligations().stream().anyMatch(o -> ahead(o, today)) || a.bans().stream().anyMatch(b -> ahead(b, today));
    }

    private static boolean ahead(Obligation o, LocalDate today) {
        return o.state() == ObligationState.PENDING && o.due() != null && !o.due().isBefore(today);
    }

    /** Whether the day a ban is over, when entry is possible again, is today or later. */
    private static boolean ahead(Ban b, LocalDate today) {
        return !b.until().plusDays(1).isBefore(today);
    }

    /**
     * The calendar file, UTF-8 with CRLF line ends and lines folded at 75 octets; without events
     * where {@link #hasEvents} is false.
     *
     * @param a the plan's assessment
     * @param m the person's language
     * @param clock today (in the clock's zone: events before it are left out) and the file's time stamp
     */
    public static byte[] of(Assessment a, Messages m, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Obligation o : a.obligations()) {
            if (ahead(o, today)) {
                PlanView.Item item = PlanView.obligation(a, m, o);
                List<String> lines = new ArrayList<>();
                detail(lines, m.get("plan.cost"), item.cost());
                detail(lines, m.get("plan.ifMissed"), item.consequence());
                calendar.add(event("obligation " + o.id().key(), o.due(), item.title(), lines, m, stamp, DAYS_BEFORE, ON_THE_DAY));
            }
        }
        for (Ban b : a.bans()) {
            if (ahead(b, today)) {
                LocalDate over = b.until().plusDays(1);
                List<String> lines = new ArrayList<>();
                if (a.facts().jurisdiction().country() == Country.RU) {
                    lines.add(m.get("plan.checkBan"));
                }
                // a reminder on the day only: nothing is due, the date just opens a door again
                String summary = m.get("calendar.banOver", PlanView.ban(a, m, b).title());
                calendar.add(event("ban-over " + b.reason().key(), over, summary, lines, m, stamp, ON_THE_DAY));
            }
        }
        StringWriter out = new StringWriter();
        try {
            // not validated against iTIP: RFC 5546 asks PUBLISH for an ORGANIZER, which would be personal data or made up
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return foldOctets(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 section 3.1), never inside a character.
     * ical4j folds at 75 UTF-16 chars instead, so a line in Cyrillic would be up to 150 octets; its
     * folds are undone first (text values have their line breaks escaped, so CRLF and a space is
     * always a fold).
     */
    static String foldOctets(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 16);
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (octets + n > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(c);
                octets += n;
                i += Character.charCount(c);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static void detail(List<String> lines, String label, String text) {
        if (!text.isEmpty()) {
            lines.add(label + ": " + text);
        }
    }

    private static VEvent event(String what, LocalDate day, String summary, List<String> lines, Messages m, Instant stamp,
                                Duration... alarms) {
        List<String> description = new ArrayList<>(lines);
        description.add(m.get("calendar.source"));
        VEvent e = new VEvent(false);
        e.add(new Uid(uid(what, day)));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(day));
        e.add(new DtEnd<>(day.plusDays(1)));
        e.add(new Summary(summary));
        e.add(new Description(String.join("\n", description)));
        // an all-day reminder, not a busy day
        e.add(ImmutableTransp.TRANSPARENT);
        for (Duration before : alarms) {
            VAlarm alarm = new VAlarm(before);
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary));
            e.add(alarm);
        }
        return e;
    }

    /** The same for the same event and date, whoever asks and in whatever language; nothing else goes in. */
    static String uid(String what, LocalDate day) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((UID_SALT + "|" + what + "|" + day).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@corridor";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
