package org.corridor.law.parameter;

import java.util.Locale;

/**
 * How long a visa-free visitor may stay, as a parameter file states it: {@code days} in total within
 * a {@link Window}, and at most {@code inARow} days in one continuous stay.
 * <ul>
 *   <li>{@code {days: 90, per: entry}}: 90 days from each entry (Russia until 2013);</li>
 *   <li>{@code {days: 90, per: 180 days}}: 90 days in total within any 180 (Russia 2014-2024,
 *       002:4043-4047);</li>
 *   <li>{@code {days: 90, per: calendar year, in_a_row: 90}}: 90 days in total within each calendar
 *       year and no more than 90 in a row (Russia from 2025, 115-FZ art. 5(1) as amended by 260-FZ);</li>
 *   <li>{@code {days: 90, per: 180 days, in_a_row: 30}}: 30 days from each entry and 90 in any 180
 *       (Kazakhstan from 2023 for visa-free citizens outside the EAEU).</li>
 * </ul>
 * The entry day counts as day 1. How a limit turns into a last legal day, earlier stays included, is
 * worked out where the stay is assessed.
 *
 * @param inARow the longest continuous stay; equal to {@code days} where the window is an entry
 */
public record StayLimit(int days, Window window, int windowDays, int inARow) {
    /** What the visitor days are counted within. */
    public enum Window {
        /** Each entry starts a new count. */
        ENTRY,
        /** Any period of {@code windowDays} days, earlier stays included. */
        ROLLING,
        /** Each calendar year, 1 January to 31 December, earlier stays of the year included. */
        CALENDAR_YEAR
    }

    public StayLimit {
        if (days <= 0 || inARow <= 0 || inARow > Math.max(days, 3660) || window == null) {
            throw new IllegalArgumentException("impossible stay limit: " + days + " days, " + inARow + " in a row");
        }
        if ((window == Window.ROLLING) != (windowDays > 0) || (window == Window.ROLLING && windowDays < days)) {
            throw new IllegalArgumentException("a rolling window needs a length of at least the days allowed, got " + windowDays);
        }
        if (window == Window.ENTRY && inARow != days) {
            throw new IllegalArgumentException("a per-entry limit is its days in a row");
        }
    }

    public static StayLimit perEntry(int days) {
        return new StayLimit(days, Window.ENTRY, 0, days);
    }

    public static StayLimit rolling(int days, int windowDays, int inARow) {
        return new StayLimit(days, Window.ROLLING, windowDays, inARow);
    }

    public static StayLimit calendarYear(int days, int inARow) {
        return new StayLimit(days, Window.CALENDAR_YEAR, 0, inARow);
    }

    /**
     * Reads {@code per}: {@code entry}, {@code N days} or {@code calendar year}.
     *
     * @param inARow the continuous limit, or 0 where the file gives none (then {@code days})
     */
    public static StayLimit parse(int days, String per, int inARow) {
        String p = per.trim().toLowerCase(Locale.ROOT);
        int row = inARow > 0 ? inARow : days;
        if (p.equals("entry")) {
            if (inARow > 0 && inARow != days) {
                throw new IllegalArgumentException("a per-entry limit takes no separate in_a_row");
            }
            return perEntry(days);
        }
        if (p.equals("calendar year")) {
            return calendarYear(days, row);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) days").matcher(p);
        if (m.matches()) {
            return rolling(days, Integer.parseInt(m.group(1)), row);
        }
        throw new IllegalArgumentException("per must be 'entry', 'N days' or 'calendar year', got '" + per + "'");
    }

    /**
     * How many days before an entry an earlier stay can still count against it: none for a per-entry
     * limit, the window for a rolling one, and a year for a calendar-year one (only the entry's own
     * year counts). A stay that ended earlier than this changes nothing.
     */
    public int lookbackDays() {
        return switch (window) {
            case ENTRY -> 0;
            case ROLLING -> windowDays;
            case CALENDAR_YEAR -> 366;
        };
    }

    /** The longest a first stay can last: the continuous limit where it is shorter than the total. */
    public int firstStayDays() {
        return Math.min(days, inARow);
    }

    /**
     * How the planner states the limit: {@code 90 days}, {@code 90 days in 180},
     * {@code 90 days per calendar year}, {@code 30 days per entry, 90 days in 180}.
     */
    public String terms() {
        String inRow = inARow < days ? inARow + " days per entry, " : "";
        return switch (window) {
            case ENTRY -> days + " days";
            case ROLLING -> inRow + days + " days in " + windowDays;
            case CALENDAR_YEAR -> inRow + days + " days per calendar year";
        };
    }
}
