package org.corridor.app.web.law;

import java.time.MonthDay;
import java.util.Collection;
import java.util.stream.Collectors;
import org.corridor.law.parameter.BanStep;

/** A parameter value as a reader sees it: "7 working days", "2000-5000 RUB", "more than 30 days: 36 months". */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Object value) {
        if (value instanceof org.corridor.law.parameter.StayLimit limit) {
            return limit.terms();
        }
        if (value instanceof java.util.List<?> l && l.isEmpty()) {
            return "(none)";
        }
        if (value instanceof java.util.Set<?> days) {
            // holidays: a set, shown in calendar order
            return days.stream().map(ValueText::item).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ValueText::item).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static String item(Object o) {
        if (o instanceof BanStep s) {
            return "more than " + s.overDays() + " days: " + s.months() + " months";
        }
        if (o instanceof MonthDay d) {
            return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
        }
        return String.valueOf(o);
    }
}
