package org.corridor.law.fact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.corridor.law.regime.AuthorisationKind;

/**
 * A dated event in a person's history, written {@code KIND:DATE[:VALUE]}, for example
 * {@code entry:2016-09-05:work}, {@code payment:2016-10-05:3} or {@code exit:2016-06-01}.
 *
 * @param value the event's value, or {@code null} where it has none
 */
public record Event(EventKind kind, LocalDate date, String value) {
    /** The earliest and latest dates a history may contain. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1991, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private static final Pattern FREE_TEXT = Pattern.compile("[A-Za-z0-9.()\\-]{1,40}");
    private static final java.util.Set<String> HELD = java.util.Arrays.stream(AuthorisationKind.values())
            .filter(AuthorisationKind::isHeld).map(AuthorisationKind::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    public static Event of(EventKind kind, LocalDate date) {
        return new Event(kind, date, null);
    }

    /**
     * Parses {@code KIND:DATE[:VALUE]}; {@code field} names where the text came from, for messages.
     *
     * @throws InvalidFactsException naming the field and what is wrong
     */
    public static Event parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidFactsException(field, Reason.EMPTY_EVENT);
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidFactsException(field, Reason.NOT_AN_EVENT, text);
        }
        EventKind kind = EventKind.parse(parts[0]).orElseThrow(() -> new InvalidFactsException(field, Reason.UNKNOWN_EVENT_KIND,
                parts[0], EventKind.allWords()));
        LocalDate date = parseDate(parts[1], field + " (" + kind.word() + " date)");
        String value = parts.length == 3 ? parts[2] : null;
        if (value != null && kind == EventKind.ENTRY) {
            value = value.toLowerCase(Locale.ROOT);
        }
        Event event = new Event(kind, date, value);
        event.validateValue(field);
        return event;
    }

    /** Parses an ISO date within {@link #FIRST_DAY}..{@link #LAST_DAY}. */
    public static LocalDate parseDate(String text, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFactsException(field, Reason.NOT_A_DATE, text);
        }
        checkRange(date, field);
        return date;
    }

    static void checkRange(LocalDate date, String field) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new InvalidFactsException(field, Reason.DATE_OUT_OF_RANGE, date, FIRST_DAY, LAST_DAY);
        }
    }

    /** Checks that the value suits the kind. */
    void validateValue(String field) {
        checkRange(date, field);
        String where = field + " (" + kind.word() + ")";
        switch (kind) {
            case ENTRY -> {
                if (value != null && Purpose.parse(value).isEmpty()) {
                    throw new InvalidFactsException(where, Reason.ENTRY_PURPOSE, value);
                }
            }
            case APPLICATION, AUTHORISATION -> {
                if (value != null && !HELD.contains(value)) {
                    throw new InvalidFactsException(where, Reason.NOT_AN_AUTHORISATION, value);
                }
            }
            case PAYMENT -> months(where);
            case OFFENCE -> {
                if (value != null && !FREE_TEXT.matcher(value).matches()) {
                    throw new InvalidFactsException(where, Reason.BAD_ARTICLE);
                }
            }
            default -> {
                if (value != null) {
                    throw new InvalidFactsException(where, Reason.TAKES_NO_VALUE, value);
                }
            }
        }
    }

    /** The authorisation an application or issue is for, or null where the event does not say. */
    public AuthorisationKind authorisation() {
        boolean held = kind == EventKind.APPLICATION || kind == EventKind.AUTHORISATION;
        return held && value != null ? AuthorisationKind.parse(value) : null;
    }

    /** The purpose of an entry: work unless it says visit. */
    public Purpose purpose() {
        return value != null && value.equalsIgnoreCase("visit") ? Purpose.VISIT : Purpose.WORK;
    }

    /** The months a payment covers, 1 to 12. */
    public int months() {
        return months(kind.word());
    }

    private int months(String where) {
        if (value == null) {
            return 1;
        }
        try {
            int m = Integer.parseInt(value);
            if (m >= 1 && m <= 12) {
                return m;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidFactsException(where, Reason.BAD_MONTHS, value);
    }

    @Override
    public String toString() {
        return kind.word() + ":" + date + (value == null ? "" : ":" + value);
    }
}
