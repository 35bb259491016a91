package org.corridor.app.web.law;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;

/**
 * The legislation explorer ({@code /law}): every parameter by jurisdiction, and each one's history
 * of values with their dates, sources and assumptions, as OpenFisca's explorer shows its parameters.
 */
public final class LawRoutes {
    private final Law law;
    private final Templates templates;

    public LawRoutes(Law law, Templates templates) {
        this.law = law;
        this.templates = templates;
    }

    public void index(Context ctx) {
        Language lang = Language.of(ctx);
        Map<String, List<Parameter>> byFolder = new LinkedHashMap<>();
        for (Parameter p : law.parameters()) {
            byFolder.computeIfAbsent(p.id().substring(0, p.id().indexOf('.')), k -> new ArrayList<>()).add(p);
        }
        Map<String, Object> model = Templates.page(lang);
        model.put("folders", byFolder);
        templates.send(ctx, "law", model);
    }

    public void parameter(Context ctx) {
        Language lang = Language.of(ctx);
        Parameter p = law.parameter(ctx.pathParam("id")).orElseThrow(() ->
                new ClientError(HttpStatus.NOT_FOUND, "id", "no parameter '" + ctx.pathParam("id") + "'"));
        List<Map<String, Object>> values = new ArrayList<>();
        for (DatedValue v : p.values()) {
            values.add(Map.of("since", v.since().toString(), "value", ValueText.of(v.value()), "source", v.source(),
                    "assumption", v.assumption(), "note", v.note()));
        }
        Map<String, Object> model = Templates.page(lang);
        model.put("p", p);
        model.put("values", values);
        templates.send(ctx, "law-parameter", model);
    }
}
