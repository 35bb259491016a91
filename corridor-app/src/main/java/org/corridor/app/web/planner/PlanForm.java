package org.corridor.app.web.planner;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.FactsInput;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.corridor.law.fact.Purpose;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The planner's form: what a person (or a case worker) says about their situation. Common steps have
 * their own date fields; any other event (another trip, an expulsion, the end of a contract) is a row
 * of a kind chosen from a list, a date and a value where the kind takes one. "Add an event" is a submit
 * button that returns the form with one more empty row, so it works without script. The values are
 * kept only to fill the form in again on the answer page.
 *
 * @param values the single fields by name
 * @param events the event rows as given, blank ones included, in order
 * @param view what the person asked for (see {@link View})
 */
record PlanForm(Map<String, String> values, List<EventRow> events, View view) {
    /** The steps with their own date field, in the order they usually happen. */
    static final List<String> STEPS = List.of("registration", "medical", "insurance", "exam", "application", "authorisation", "payment",
            "contract-start", "exit");
    /** More rows than anyone's history needs, and few enough that a form cannot make the server work hard. */
    static final int MAX_EVENTS = 60;
    /** The kinds the event rows offer: every kind the law reads, the trip's own entry included (for further trips). */
    static final List<String> EVENT_KINDS = java.util.Arrays.stream(EventKind.values()).map(EventKind::word).toList();

    /**
     * The values an event row offers in a list, worded in the person's language (a trip's purpose, the
     * kind of work authorisation), so that nobody types a code; numbers (months paid, an offence's
     * article) go in the row's number field.
     */
    static final Map<String, String> EVENT_VALUES = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
            "work", "purpose.work", "visit", "purpose.visit", "patent", "terms.patent", "permit", "terms.permit", "residence", "terms.residence")));

    /** One event row: kind, date, a value from the list and a number, as given. */
    record EventRow(String kind, String date, String value, String number) {
        boolean blank() {
            return kind.isEmpty() && date.isEmpty() && value.isEmpty() && number.isEmpty();
        }
    }

    /** The answers the form's buttons ask for. */
    enum View {
        /** The plan on the page (the default). */
        PLAN,
        /** The plan with every folded part open and no form, for printing. */
        PRINT,
        /** The plan's essentials as text to copy into a message. */
        SHARE,
        /** The form again with one more empty event row. */
        ADD_EVENT,
        /** The form again, filled in, to change an answer. */
        EDIT;

        static View parse(String s) {
            if (s == null || s.isBlank()) {
                return PLAN;
            }
            return switch (s) {
                case "print" -> PRINT;
                case "share" -> SHARE;
                case "add-event" -> ADD_EVENT;
                case "edit" -> EDIT;
                case "plan" -> PLAN;
                default -> throw new InvalidFactsException("view", Reason.UNKNOWN_VIEW, s);
            };
        }
    }

    static PlanForm empty(LocalDate today) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("citizenship", "TJ");
        v.put("destination", "RU");
        v.put("region", "MOW");
        v.put("entry", today.toString());
        v.put("purpose", "work");
        v.put("asOf", "");
        v.put("occupation", "");
        for (String s : STEPS) {
            v.put("ev-" + s, "");
        }
        v.put("ev-payment-months", "1");
        return new PlanForm(v, List.of(), View.PLAN);
    }

    /** Reads the posted form; a view the buttons do not offer is refused with the field named. */
    static PlanForm read(Context ctx, LocalDate today) {
        PlanForm form = empty(today);
        Map<String, String> v = new LinkedHashMap<>(form.values());
        for (String key : form.values().keySet()) {
            String given = ctx.formParam(key);
            v.put(key, given == null ? "" : given.trim());
        }
        List<String> kinds = ctx.formParams("event-kind");
        List<String> dates = ctx.formParams("event-date");
        List<String> values = ctx.formParams("event-value");
        List<String> numbers = ctx.formParams("event-number");
        int n = Math.max(Math.max(kinds.size(), dates.size()), Math.max(values.size(), numbers.size()));
        if (n > MAX_EVENTS) {
            throw new InvalidFactsException("events", Reason.TOO_MANY_EVENTS, MAX_EVENTS);
        }
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new EventRow(at(kinds, i), at(dates, i), at(values, i), at(numbers, i)));
        }
        return new PlanForm(v, rows, View.parse(ctx.formParam("view")));
    }

    private static String at(List<String> list, int i) {
        return i < list.size() && list.get(i) != null ? list.get(i).trim() : "";
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    /**
     * The rows to show: the filled ones, then the empty ones the person has asked for with "add an
     * event" (one more on each press), and always at least one empty row to fill in.
     */
    List<EventRow> rowsToShow() {
        List<EventRow> filled = events.stream().filter(r -> !r.blank()).toList();
        long blanks = events.size() - filled.size();
        long empty = view == View.ADD_EVENT ? blanks + 1 : Math.max(1, blanks);
        List<EventRow> rows = new ArrayList<>(filled);
        for (long i = 0; i < empty && rows.size() < MAX_EVENTS; i++) {
            rows.add(new EventRow("", "", "", ""));
        }
        return rows;
    }

    /** Every field as a name and a value, in order, for the hidden copy the plan's buttons post again. */
    List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(Map.entry(k, v)));
        for (EventRow r : events) {
            if (!r.blank()) {
                out.add(Map.entry("event-kind", r.kind()));
                out.add(Map.entry("event-date", r.date()));
                out.add(Map.entry("event-value", r.value()));
                out.add(Map.entry("event-number", r.number()));
            }
        }
        return out;
    }

    /** The facts the form describes, and the date to assess them on. */
    record Request(Facts facts, LocalDate asOf, boolean asOfDefaulted) {
    }

    Request request(LocalDate today) {
        String destination = get("destination");
        Country d = Country.parse(destination).orElse(null);
        String region = d == Country.RU ? get("region") : null;
        Jurisdiction j = FactsInput.jurisdiction(destination, region);
        Country c = Country.parse(get("citizenship")).orElseThrow(() -> new InvalidFactsException("citizenship",
                Reason.NOT_A_COUNTRY_CODE, get("citizenship")));
        Purpose purpose = Purpose.parse(get("purpose")).orElseThrow(() -> new InvalidFactsException("purpose", Reason.CHOOSE_PURPOSE));
        List<Event> events = new ArrayList<>();
        if (get("entry").isEmpty()) {
            throw new InvalidFactsException("entry", Reason.ENTRY_MISSING);
        }
        events.add(new Event(EventKind.ENTRY, Event.parseDate(get("entry"), "entry"), purpose.word()));
        for (String step : STEPS) {
            String date = get("ev-" + step);
            if (!date.isEmpty() && !step.equals("exit")) {
                String value = step.equals("payment") && !get("ev-payment-months").isEmpty() ? ":" + get("ev-payment-months") : "";
                events.add(Event.parse(step + ":" + date + value, "ev-" + step));
            }
        }
        int number = 0;
        for (EventRow r : this.events) {
            number++;
            if (r.blank()) {
                continue;
            }
            String field = "event-" + number;
            if (!EVENT_KINDS.contains(r.kind())) {
                throw new InvalidFactsException(field, Reason.CHOOSE_EVENT_KIND);
            }
            if (r.date().isEmpty()) {
                throw new InvalidFactsException(field, Reason.EVENT_DATE_MISSING);
            }
            if (!r.value().isEmpty() && !EVENT_VALUES.containsKey(r.value())) {
                throw new InvalidFactsException(field, Reason.CHOOSE_VALUE);
            }
            if (!r.value().isEmpty() && !r.number().isEmpty()) {
                throw new InvalidFactsException(field, Reason.VALUE_AND_NUMBER);
            }
            if (r.number().contains(":")) {
                throw new InvalidFactsException(field, Reason.NUMBER_WITH_COLON);
            }
            String value = r.value().isEmpty() ? r.number() : r.value();
            events.add(Event.parse(r.kind() + ":" + r.date() + (value.isEmpty() ? "" : ":" + value), field));
        }
        if (!get("ev-exit").isEmpty()) {
            events.add(Event.parse("exit:" + get("ev-exit"), "ev-exit"));
        }
        boolean asOfDefaulted = get("asOf").isEmpty();
        LocalDate asOf = asOfDefaulted ? today : Event.parseDate(get("asOf"), "asOf");
        String occupation = d == Country.RU && !get("occupation").isEmpty() ? get("occupation") : null;
        return new Request(new Facts(c, j, events, occupation), asOf, asOfDefaulted);
    }
}
