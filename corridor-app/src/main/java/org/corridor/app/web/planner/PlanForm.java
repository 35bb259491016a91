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
import org.corridor.law.fact.Purpose;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The planner's form: what a person (or a case worker) says about their situation. Common steps have
 * their own date fields; anything else goes in a free list of {@code KIND:DATE[:VALUE]} lines.
 * The values are kept only to fill the form in again on the answer page.
 */
record PlanForm(Map<String, String> values) {
    /** The steps with their own date field, in the order they usually happen. */
    static final List<String> STEPS = List.of("registration", "medical", "insurance", "exam", "application", "authorisation", "payment",
            "contract-start", "exit");
    static final int MAX_EXTRA_LINES = 60;

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
        v.put("more", "");
        return new PlanForm(v);
    }

    static PlanForm read(Context ctx, LocalDate today) {
        PlanForm form = empty(today);
        Map<String, String> v = new LinkedHashMap<>(form.values());
        for (String key : form.values().keySet()) {
            String given = ctx.formParam(key);
            v.put(key, given == null ? "" : given.trim());
        }
        return new PlanForm(v);
    }

    String get(String key) {
        return values.getOrDefault(key, "");
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
                "'" + get("citizenship") + "' is not a country code"));
        Purpose purpose = Purpose.parse(get("purpose")).orElseThrow(() -> new InvalidFactsException("purpose", "choose work or visit"));
        List<Event> events = new ArrayList<>();
        if (get("entry").isEmpty()) {
            throw new InvalidFactsException("entry", "give the date of entry");
        }
        events.add(new Event(EventKind.ENTRY, Event.parseDate(get("entry"), "entry"), purpose.word()));
        for (String step : STEPS) {
            String date = get("ev-" + step);
            if (!date.isEmpty() && !step.equals("exit")) {
                String value = step.equals("payment") && !get("ev-payment-months").isEmpty() ? ":" + get("ev-payment-months") : "";
                events.add(Event.parse(step + ":" + date + value, "ev-" + step));
            }
        }
        String[] lines = get("more").split("\\R");
        int n = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (++n > MAX_EXTRA_LINES) {
                throw new InvalidFactsException("more", "at most " + MAX_EXTRA_LINES + " further events");
            }
            events.add(Event.parse(line.trim(), "more"));
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
