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
import org.corridor.law.parameter.Description;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.review.Reviews;

/**
 * The legislation explorer ({@code /law}): for each jurisdiction, when its law was last reviewed,
 * the changes proposed but not in force, what changed by date (a changelog drawn from the
 * parameters' own dated values, newest first), and every parameter with its history of values,
 * dates, sources and assumptions, as OpenFisca's explorer shows its parameters. A parameter's
 * description is in the page's language where one exists ({@link Description#language}): English
 * for English, Russian for Russian and for Tajik, Kyrgyz and Uzbek, whose pages say so in a note.
 */
public final class LawRoutes {
    /** How many changes the changelog shows per jurisdiction; each parameter's page has its whole history. */
    private static final int CHANGELOG = 60;

    private final Law law;
    private final Reviews reviews;
    private final Templates templates;

    public LawRoutes(Law law, Reviews reviews, Templates templates) {
        this.law = law;
        this.reviews = reviews;
        this.templates = templates;
    }

    /** One line of a jurisdiction's changelog: a parameter's value from a date. */
    public record Change(String since, String parameter, String value, boolean assumption) {
    }

    public void index(Context ctx) {
        Language lang = Language.of(ctx);
        Map<String, List<Parameter>> byFolder = new LinkedHashMap<>();
        for (org.corridor.law.place.Jurisdiction j : org.corridor.law.place.Jurisdiction.values()) {
            byFolder.putIfAbsent(j.lawFolder(), new ArrayList<>()); // Russia first, in the order the jurisdictions are declared
        }
        for (Parameter p : law.parameters()) {
            byFolder.computeIfAbsent(p.id().substring(0, p.id().indexOf('.')), k -> new ArrayList<>()).add(p);
        }
        byFolder.values().removeIf(List::isEmpty);
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Parameter>> e : byFolder.entrySet()) {
            List<Change> all = new ArrayList<>();
            for (Parameter p : e.getValue()) {
                for (DatedValue v : p.values()) {
                    if (v.since().getYear() > 1991) { // 1991-01-01 marks "from the start of the period", not a change
                        all.add(new Change(v.since().toString(), p.id(), ValueText.of(v.value()), v.assumption()));
                    }
                }
            }
            all.sort(java.util.Comparator.comparing(Change::since).reversed().thenComparing(Change::parameter));
            changes.put(e.getKey(), all.subList(0, Math.min(CHANGELOG, all.size())));
        }
        Map<String, Object> model = Templates.page(lang);
        model.put("descriptionLanguage", Description.language(lang.code()));
        model.put("folders", byFolder);
        model.put("changes", changes);
        model.put("reviews", reviews.all());
        templates.send(ctx, "law", model);
    }

    public void parameter(Context ctx) {
        Language lang = Language.of(ctx);
        Parameter p = law.parameter(ctx.pathParam("id")).orElseThrow(() ->
                new ClientError(HttpStatus.NOT_FOUND, "id", "no parameter '" + ctx.pathParam("id") + "'"));
        List<Map<String, Object>> values = new ArrayList<>();
        for (DatedValue v : p.values()) {
            // the acts the source cites, in the page's language, above the raw source
            List<String> laws = org.corridor.law.citation.LegalReferences.parse(v.source()).stream()
                    .map(r -> org.corridor.app.text.LawInWords.words(r, lang.messages())).toList();
            values.add(Map.of("since", v.since().toString(), "value", ValueText.of(v.value()), "source", v.source(),
                    "laws", laws, "assumption", v.assumption(), "note", v.note()));
        }
        Map<String, Object> model = Templates.page(lang);
        model.put("descriptionLanguage", Description.language(lang.code()));
        model.put("p", p);
        model.put("values", values);
        templates.send(ctx, "law-parameter", model);
    }
}
