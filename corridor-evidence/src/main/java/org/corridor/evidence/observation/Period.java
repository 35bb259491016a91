package org.corridor.evidence.observation;

/**
 * The time a figure refers to: one year ({@code 2013}), a span of whole years ({@code 2010/2012}), or
 * a half of one year ({@code 2010-H1}, {@code 2010-H2}), as some official counts are reported.
 * Stocks are compared as the mean over the period's months, flows as the total over the period.
 *
 * @param half 0 for whole years, 1 for January-June, 2 for July-December (of a single year)
 */
public record Period(int first, int last, int half) {
    public Period {
        if (last < first) {
            throw new IllegalArgumentException("the span ends before it starts: " + first + "/" + last);
        }
        if (half < 0 || half > 2 || (half > 0 && first != last)) {
            throw new IllegalArgumentException("a half-year is a half of one year");
        }
    }

    public Period(int first, int last) {
        this(first, last, 0);
    }

    public int years() {
        return last - first + 1;
    }

    public boolean halfYear() {
        return half > 0;
    }

    /** The months the period covers. */
    public int months() {
        return halfYear() ? 6 : 12 * years();
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** Whether the two periods share a year. */
    public boolean overlaps(Period other) {
        return first <= other.last && other.first <= last && (half == 0 || other.half == 0 || half == other.half);
    }

    /** Parses {@code 2013}, {@code 2010/2012} or {@code 2010-H1}; throws IllegalArgumentException with the reason. */
    public static Period parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}-H[12]")) {
            int year = Integer.parseInt(t.substring(0, 4));
            return new Period(year, year, t.charAt(6) - '0');
        }
        String[] parts = t.split("/", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{4}") || (parts.length == 2 && !parts[1].matches("\\d{4}"))) {
            throw new IllegalArgumentException("expected a year YYYY, a span YYYY/YYYY or a half-year YYYY-H1, got '" + text + "'");
        }
        int first = Integer.parseInt(parts[0]);
        return new Period(first, parts.length == 2 ? Integer.parseInt(parts[1]) : first);
    }

    @Override
    public String toString() {
        if (halfYear()) {
            return first + "-H" + half;
        }
        return first == last ? Integer.toString(first) : first + "/" + last;
    }
}
