package org.corridor.app.web.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.app.web.runs.EnsembleRequest;
import org.corridor.app.web.runs.EnsembleService;
import org.corridor.app.web.runs.EnsembleStore;
import org.corridor.app.web.runs.RunId;
import org.corridor.app.web.runs.RunStatus;

/**
 * The lab's ensembles ({@code /lab/ensembles}): the stored ones (the lab's, and those
 * {@code corridor ensemble} wrote into the server's folder), a form for a small seed-only ensemble,
 * and a page per ensemble with every headline series' band and the scenario's difference from the
 * baseline with its band. No script; the page refreshes itself while the replicas run.
 */
public final class EnsembleRoutes {
    /** The series drawn, with their titles and units; the first four also as differences. */
    static final List<String[]> SERIES = List.of(new String[] {"abroad", "Migrants abroad", "people"},
            new String[] {"abroad_irregular", "Migrants abroad without lawful status", "people"},
            new String[] {"banned", "People under a re-entry ban", "people"},
            new String[] {"remittances_usd", "Remittances a month", "US dollars"},
            new String[] {"migrant_households", "Households with a migrant", "households"});
    static final String SCENARIO_COLOUR = LineChart.PALETTE.get(0);
    static final String BASELINE_COLOUR = LineChart.PALETTE.get(1);

    private final EnsembleService ensembles;
    private final Templates templates;

    public EnsembleRoutes(EnsembleService ensembles, Templates templates) {
        this.ensembles = ensembles;
        this.templates = templates;
    }

    /** Starts a seed-only ensemble from the lab's form and sends the browser to its page. */
    public void start(Context ctx) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String field : List.of("scenario", "replicas", "scale", "seed", "from", "to")) {
            f.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").trim());
        }
        // a bad field is a ClientError, which the error handlers answer with a page naming it
        EnsembleRequest request = ensembles.validate(f.get("scenario"), whole(f, "replicas", Integer::valueOf), LabRoutes.number(f, "scale"),
                whole(f, "seed", Long::valueOf), blank(f.get("from")), blank(f.get("to")));
        RunId id = ensembles.start(request);
        ctx.redirect("/lab/ensembles/" + id, HttpStatus.SEE_OTHER);
    }

    public void page(Context ctx) throws SQLException {
        String text = ctx.pathParam("id");
        RunId id = RunId.parse(text).orElseThrow(() -> new ClientError(HttpStatus.NOT_FOUND, "id", "no ensemble '" + text + "'"));
        EnsembleService.Status status = ensembles.status(id).orElseThrow(() ->
                new ClientError(HttpStatus.NOT_FOUND, "id", "no ensemble '" + text + "'"));
        Map<String, Object> model = Templates.page(Language.of(ctx));
        for (String key : List.of("spec", "scenario", "baselineName", "drivers")) {
            model.put(key, null); // the template tells a finished ensemble by these
        }
        model.put("id", id.value());
        model.put("state", status.state().key());
        model.put("done", status.done());
        model.put("total", status.total());
        model.put("percent", status.total() == 0 ? 100 : 100 * status.done() / status.total());
        model.put("message", status.message());
        model.put("refresh", status.state().key().equals("queued") || status.state().key().equals("running") ? LabRoutes.REFRESH_SECONDS : 0);
        Optional<JsonNode> manifest = ensembles.manifest(id);
        model.put("charts", List.of());
        model.put("differences", List.of());
        if (status.state() == RunStatus.State.DONE && manifest.isPresent()) {
            JsonNode spec = manifest.get().path("spec");
            boolean withBaseline = !spec.path("baseline").isNull() && !spec.path("baseline").asText().isEmpty();
            model.put("spec", describe(manifest.get()));
            model.put("scenario", spec.path("scenario").asText());
            model.put("baselineName", withBaseline ? spec.path("baseline").asText() : "");
            model.put("charts", charts(id, spec.path("scenario").asText(), withBaseline));
            model.put("differences", withBaseline ? differences(id) : List.of());
            model.put("drivers", SensitivityNotes.of(spec.path("scenario").asText(), 5).orElse(null));
        }
        templates.send(ctx, "lab-ensemble", model);
    }

    private List<LineChart> charts(RunId id, String scenario, boolean withBaseline) throws SQLException {
        EnsembleStore store = ensembles.store();
        List<LineChart> charts = new ArrayList<>();
        for (String[] s : SERIES) {
            EnsembleStore.Bands run = store.bands(id, "scenario", "ALL", "ALL", s[0]);
            List<LineChart.Band> bands = new ArrayList<>();
            List<LineChart.Key> legend = new ArrayList<>();
            bands.add(band(scenario, SCENARIO_COLOUR, false, run));
            legend.add(new LineChart.Key(SCENARIO_COLOUR, false, scenario + ": median, 25-75% and 5-95% of the replicas"));
            if (withBaseline) {
                bands.add(band("baseline", BASELINE_COLOUR, true, store.bands(id, "baseline", "ALL", "ALL", s[0])));
                legend.add(new LineChart.Key(BASELINE_COLOUR, true, "baseline: the same"));
            }
            charts.add(LineChart.of(s[0], s[1], s[2], run.months(), List.of(), bands, legend));
        }
        return charts;
    }

    private List<LineChart> differences(RunId id) throws SQLException {
        List<LineChart> charts = new ArrayList<>();
        for (String[] s : SERIES.subList(0, 4)) {
            EnsembleStore.Bands d = ensembles.store().bands(id, "difference", "ALL", "ALL", s[0]);
            charts.add(LineChart.of("difference-" + s[0], s[1] + ": scenario minus baseline", s[2], d.months(),
                    List.of(new LineChart.Line("no difference", "#999999", true, new double[d.months().size()])),
                    List.of(band("difference", SCENARIO_COLOUR, false, d)),
                    List.of(new LineChart.Key(SCENARIO_COLOUR, false, "difference, replica by replica: median, 25-75% and 5-95%"))));
        }
        return charts;
    }

    private static LineChart.Band band(String label, String colour, boolean dashed, EnsembleStore.Bands b) {
        return new LineChart.Band(label, colour, dashed, b.p05(), b.p25(), b.median(), b.p75(), b.p95());
    }

    private static String describe(JsonNode m) {
        JsonNode s = m.path("spec");
        int draws = s.path("parameter_draws").asInt();
        return s.path("replicas").asInt() + " seeds" + (draws == 0 ? ", the parameters as they are" : " x " + draws
                + " Latin-hypercube draws of " + s.path("factors").asInt() + " parameters") + "; scale "
                + new java.math.BigDecimal(s.path("scale").asText()).stripTrailingZeros().toPlainString() + ", "
                + s.path("from").asText() + " to " + s.path("to").asText() + "; run on " + m.path("engine").asText() + " in "
                + m.path("wall_seconds").asText() + " s";
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static <T> T whole(Map<String, String> f, String field, java.util.function.Function<String, T> parser) {
        return LabRoutes.parse(f, field, parser, "not a whole number");
    }

    /** The ensembles for the lab's front page: id, what it is, and how far it is. */
    static List<Map<String, String>> rows(EnsembleService ensembles) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (RunId id : ensembles.list()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", id.value());
            EnsembleService.Status st = ensembles.status(id).orElse(new EnsembleService.Status(RunStatus.State.QUEUED, 0, 0, ""));
            row.put("state", st.state().key() + (st.total() > 0 && st.state() != RunStatus.State.DONE ? " " + st.done() + "/" + st.total() : ""));
            row.put("what", ensembles.manifest(id).map(EnsembleRoutes::describe).orElse(""));
            rows.add(row);
        }
        return rows;
    }
}
