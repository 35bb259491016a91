package org.corridor.app.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.app.plan.PlanJson;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.law.ValueText;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.FactsInput;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.fact.Purpose;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/** The JSON API under {@code /api/v1}, described by {@code /api/openapi.json}. */
public final class ApiRoutes {
    private static final int MAX_EVENTS = 200;

    private final Assessor assessor;
    private final String openApi;

    public ApiRoutes(Assessor assessor) {
        this.assessor = assessor;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.json")) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of {@code POST /api/v1/plan}. Fields are named as on the command line.
     *
     * @param events further events as {@code KIND:DATE[:VALUE]}
     * @param asOf the date to assess on; today when absent
     */
    record PlanRequest(String citizenship, String destination, String region, String entry, String purpose, List<String> events,
                       String asOf, String occupation) {
    }

    public void plan(Context ctx) {
        PlanRequest r = JsonBody.read(ctx, PlanRequest.class, "citizenship, destination, region, entry, purpose, events, asOf, occupation");
        if (r.citizenship() == null || r.destination() == null || r.entry() == null) {
            String field = r.citizenship() == null ? "citizenship" : r.destination() == null ? "destination" : "entry";
            throw new ClientError(HttpStatus.BAD_REQUEST, field, "required");
        }
        List<String> more = r.events() == null ? List.of() : r.events();
        if (more.size() > MAX_EVENTS) {
            throw new ClientError(HttpStatus.BAD_REQUEST, "events", "at most " + MAX_EVENTS + " events");
        }
        Purpose purpose = r.purpose() == null ? Purpose.WORK
                : Purpose.parse(r.purpose()).orElseThrow(() -> new InvalidFactsException("purpose", InvalidFactsException.Reason.NOT_A_PURPOSE, r.purpose()));
        List<Event> events = new ArrayList<>();
        events.add(new Event(EventKind.ENTRY, Event.parseDate(r.entry(), "entry"), purpose.word()));
        for (int i = 0; i < more.size(); i++) {
            events.add(Event.parse(more.get(i), "events[" + i + "]"));
        }
        Jurisdiction j = FactsInput.jurisdiction(r.destination(), r.region());
        Country c = Country.parse(r.citizenship()).orElseThrow(() -> new InvalidFactsException("citizenship",
                InvalidFactsException.Reason.NOT_A_COUNTRY_CODE, r.citizenship()));
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : Event.parseDate(r.asOf(), "asOf");
        boolean regionDefaulted = r.region() == null && Jurisdiction.of(j.country()).size() > 1;
        ctx.contentType("application/json").result(PlanJson.write(assessor.assess(new Facts(c, j, events, r.occupation()), asOf), regionDefaulted,
                false));
    }

    public void parameters(Context ctx) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Parameter p : assessor.ruleBook().law().parameters()) {
            all.add(parameter(p));
        }
        ctx.json(Map.of("parameters", all));
    }

    public void parameter(Context ctx) {
        Parameter p = assessor.ruleBook().law().parameter(ctx.pathParam("id")).orElseThrow(() ->
                new ClientError(HttpStatus.NOT_FOUND, "id", "no parameter '" + ctx.pathParam("id") + "'"));
        ctx.json(parameter(p));
    }

    public void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private static Map<String, Object> parameter(Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("description", p.description().en());
        m.put("description_ru", p.description().ru());
        m.put("unit", p.unit().key());
        m.put("reference", p.reference());
        List<Map<String, Object>> values = new ArrayList<>();
        for (DatedValue v : p.values()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("since", v.since().toString());
            value.put("value", ValueText.of(v.value()));
            value.put("source", v.source());
            value.put("assumption", v.assumption());
            if (!v.note().isEmpty()) {
                value.put("note", v.note());
            }
            values.add(value);
        }
        m.put("values", values);
        return m;
    }
}
