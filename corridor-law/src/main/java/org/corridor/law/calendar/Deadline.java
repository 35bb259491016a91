package org.corridor.law.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period within which something must be done after an event, counted by the corridor's
 * conventions (README, "Counting conventions"):
 * <ul>
 *   <li>"within N days" ends on the event date + N;</li>
 *   <li>"within N working days" ends on the N-th Monday-to-Friday day after the event that is not a
 *       public holiday of the destination;</li>
 *   <li>"within N months" ends on the same day of the month N months later.</li>
 * </ul>
 */
public record Deadline(int amount, Unit unit) {
    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s+(working days?|days?|months?)");

    public enum Unit {
        DAYS("days"),
        WORKING_DAYS("working days"),
        MONTHS("months");

        private final String text;

        Unit(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Deadline {
        if (amount < 0) {
            throw new IllegalArgumentException("a deadline cannot be negative: " + amount);
        }
    }

    /** Parses "7 working days", "15 days" or "1 month". */
    public static Deadline parse(String text) {
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected a deadline like '7 working days', '15 days' or '1 month', got '" + text + "'");
        }
        int amount = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        Unit u = unit.startsWith("working") ? Unit.WORKING_DAYS : unit.startsWith("day") ? Unit.DAYS : Unit.MONTHS;
        return new Deadline(amount, u);
    }

    /** The last day on which the obligation is still met, for an event on {@code event}. */
    public LocalDate dueAfter(LocalDate event, HolidayCalendar holidays) {
        return switch (unit) {
            case DAYS -> event.plusDays(amount);
            case MONTHS -> event.plusMonths(amount);
            case WORKING_DAYS -> holidays.plusWorkingDays(event, amount);
        };
    }

    /**
     * The typical length in calendar days, for the compiled monthly view: working days count seven
     * for every five. Holidays can make the real period longer (seven working days from 30 December
     * end on 18 January in Russia), which a monthly model does not resolve.
     */
    public int approximateCalendarDays() {
        return switch (unit) {
            case DAYS -> amount;
            case MONTHS -> amount * 30;
            // five working days make a calendar week; holidays add at most a few days
            case WORKING_DAYS -> (amount * 7 + 4) / 5;
        };
    }

    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.text().substring(0, unit.text().length() - 1) : unit.text());
    }
}
