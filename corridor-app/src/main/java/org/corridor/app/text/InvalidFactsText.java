package org.corridor.app.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.InvalidFactsException;

/**
 * A mistake in a person's facts ({@link InvalidFactsException}) in the reader's language: the field by
 * its label on the form, then the reason from the bundles ({@code reason.KEY}, one per
 * {@link InvalidFactsException.Reason}). The command line and the JSON API keep the English text.
 */
public final class InvalidFactsText {
    /** The bundle key's prefix of a reason. */
    public static final String PREFIX = "reason.";
    private static final Pattern ROW = Pattern.compile("event-(\\d+)");
    /** An event named as the law's checks name it: {@code event KIND:DATE[:VALUE]}. */
    private static final Pattern EVENT = Pattern.compile("event ([a-z-]+):(\\d{4}-\\d{2}-\\d{2})(:.*)?");

    private InvalidFactsText() {
    }

    /** The bundle key of a reason. */
    public static String key(InvalidFactsException.Reason reason) {
        return PREFIX + reason.key();
    }

    /** "Field: reason", both in the reader's language. */
    public static String of(Messages m, InvalidFactsException e) {
        return field(m, e.field()) + ": " + reason(m, e);
    }

    /** The reason in the reader's language, with its arguments as the reader writes them (dates, kinds of event). */
    public static String reason(Messages m, InvalidFactsException e) {
        String key = key(e.kind());
        if (!m.has(key)) {
            return e.reason();
        }
        Object[] args = e.args().stream().map(a -> argument(m, a)).toArray();
        return m.get(key, args);
    }

    private static String argument(Messages m, Object a) {
        if (a instanceof LocalDate d) {
            return m.date(d);
        }
        if (a instanceof EventKind k) {
            return m.get("event." + k.word());
        }
        if (a instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(a);
    }

    /**
     * A field as the form labels it: an event row by its number ("Event 2"), a step's date field by the
     * step ("Registration at the place of stay"), an event the law's checks name ({@code event
     * exit:2016-08-01}) by its kind and date ("Exit, 1 August 2016"), any other field by its label; a field the form does not
     * have as it is. A trailing note in brackets ({@code ev-payment (payment date)}) is dropped.
     */
    public static String field(Messages m, String field) {
        String base = field.replaceFirst(" \\([^()]*\\)$", "");
        Matcher row = ROW.matcher(base);
        if (row.matches()) {
            return m.get("web.field.event", row.group(1));
        }
        if (base.startsWith("ev-") && m.has("event." + base.substring(3))) {
            return m.get("event." + base.substring(3));
        }
        Matcher event = EVENT.matcher(base);
        if (event.matches() && m.has("event." + event.group(1))) {
            try {
                return m.get("event." + event.group(1)) + ", " + m.date(LocalDate.parse(event.group(2)));
            } catch (DateTimeParseException ignored) {
                return m.get("event." + event.group(1));
            }
        }
        return m.has("web.field." + base) ? m.get("web.field." + base) : field;
    }
}
