package org.corridor.app.simulate;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The months a run may cover, burn-in included: the range of the law's and the environment's inputs.
 * The command line and the web server check a run against the same bounds.
 */
public final class RunBounds {
    public static final YearMonth EARLIEST = YearMonth.of(1995, 1);
    public static final YearMonth LATEST = YearMonth.of(2040, 12);
    public static final String RANGE = "the run must lie within " + EARLIEST + " and " + LATEST + " (the law and environment inputs' range)";

    private RunBounds() {
    }

    /** A month written {@code YYYY-MM}; an IllegalArgumentException says what is wrong with any other text. */
    public static YearMonth month(String text) {
        if (!text.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("expected a month as YYYY-MM, got '" + text + "'");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such month: '" + text + "'", e);
        }
    }

    public static boolean within(YearMonth from, YearMonth to, int burnInMonths) {
        return !from.minusMonths(burnInMonths).isBefore(EARLIEST) && !to.isAfter(LATEST);
    }
}
