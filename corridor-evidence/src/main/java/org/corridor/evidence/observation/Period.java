package org.corridor.evidence.observation;

/**
 * The years a figure refers to: one year ({@code 2013}) or a span of whole years ({@code 2010/2012}).
 * Stocks are compared as the mean over the span's months, flows as the total over the span.
 */
public record Period(int first, int last) {
    public Period {
        if (last < first) {
            throw new IllegalArgumentException("the span ends before it starts: " + first + "/" + last);
        }
    }

    public int years() {
        return last - first + 1;
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** Whether the two periods share a year. */
    public boolean overlaps(Period other) {
        return first <= other.last && other.first <= last;
    }

    /** Parses {@code 2013} or {@code 2010/2012}; throws IllegalArgumentException with the reason. */
    public static Period parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{4}") || (parts.length == 2 && !parts[1].matches("\\d{4}"))) {
            throw new IllegalArgumentException("expected a year YYYY or a span YYYY/YYYY, got '" + text + "'");
        }
        int first = Integer.parseInt(parts[0]);
        return new Period(first, parts.length == 2 ? Integer.parseInt(parts[1]) : first);
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "/" + last;
    }
}
