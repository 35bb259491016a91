package org.corridor.app.web.lab;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.app.web.runs.Levers;
import org.corridor.app.web.runs.RunId;
import org.corridor.app.web.runs.RunRequest;
import org.corridor.app.web.runs.RunSeries;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.app.web.runs.RunService;
import org.corridor.app.web.runs.RunStatus;
import org.corridor.app.web.runs.RunStore;

/**
 * The scenario lab ({@code /lab}): a form to run a bundled scenario with its main levers moved, and a
 * page per run that refreshes itself while the run and its baseline are under way, then shows charts
 * of the two. Server-rendered, no script. The lab speaks English, for analysts; the site's header and
 * footer follow the reader's language.
 */
public final class LabRoutes {
    /** Seconds between the run page's refreshes while it waits. */
    static final int REFRESH_SECONDS = 2;
    /** The form's fields as the API names them, and their labels. */
    static final Map<String, String> LABELS = labels();

    private final RunService runs;
    private final Templates templates;
    private final MacroTable gdp;

    /**
     * @param gdp GDP in US$ million by country and year, for remittances as a share of GDP
     */
    public LabRoutes(RunService runs, Templates templates, MacroTable gdp) {
        this.runs = runs;
        this.templates = templates;
        this.gdp = gdp;
    }

    public void form(Context ctx) {
        templates.send(ctx, "lab", formModel(ctx, defaults(), null));
    }

    /** Starts the run (and its baseline) and sends the browser to its page: Post/Redirect/Get. */
    public void start(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : LABELS.keySet()) {
            values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").trim());
        }
        try {
            RunRequest request = runs.validate(new RunRequest.Draft(values.get("scenario"), number(values, "scale"), whole(values, "seed"),
                    values.get("from"), values.get("to"), number(values, "levers.patentPriceMultiplier"), number(values, "levers.banRegisterReach"),
                    number(values, "levers.roubleDevaluationPercent"), values.get("levers.from")));
            RunId id = runs.start(request);
            ctx.redirect("/lab/runs/" + id, HttpStatus.SEE_OTHER);
        } catch (ClientError e) {
            ctx.status(e.status());
            templates.send(ctx, "lab", formModel(ctx, values, LABELS.getOrDefault(e.field(), e.field()) + ": " + e.getMessage()));
        }
    }

    public void run(Context ctx) throws SQLException {
        String text = ctx.pathParam("id");
        RunService.RunInfo run = RunId.parse(text).flatMap(runs::find).orElseThrow(() ->
                new ClientError(HttpStatus.NOT_FOUND, "id", "no run '" + text + "'"));
        Optional<RunService.RunInfo> baseline = run.baseline().flatMap(runs::find);
        boolean waiting = run.status().pending() || baseline.map(b -> b.status().pending()).orElse(false);
        Map<String, Object> model = page(ctx);
        RunRow runRow = RunRow.of(run);
        Optional<RunRow> baselineRow = baseline.map(RunRow::of);
        model.put("run", runRow);
        model.put("baseline", baselineRow.orElse(null));
        model.put("statuses", baselineRow.map(b -> List.of(new StatusLine("This run", runRow), new StatusLine("Baseline", b)))
                .orElse(List.of(new StatusLine("This run", runRow))));
        model.put("baselineMissing", run.baseline().isPresent() && baseline.isEmpty());
        model.put("refresh", waiting ? REFRESH_SECONDS : 0);
        model.put("again", run.request().map(LabRoutes::formValues).orElse(Map.of()));
        model.put("downloads", List.copyOf(new TreeSet<>(RunStore.DOWNLOADS.keySet())));
        // Compared only once the baseline is done; a baseline run is its own reference.
        Optional<RunId> reference = baseline.filter(b -> b.status().state() == RunStatus.State.DONE).map(RunService.RunInfo::id);
        boolean done = run.status().state() == RunStatus.State.DONE;
        RunSeries.Table yearly = done ? runs.series(run.id(), RunSeries.Period.YEAR, Optional.empty()) : null;
        model.put("charts", done ? ComparisonCharts.of(runs.series(run.id(), RunSeries.Period.MONTH, Optional.empty()),
                series(reference, RunSeries.Period.MONTH), gdp) : List.of());
        model.put("summary", done ? ComparisonCharts.summary(yearly, series(reference, RunSeries.Period.YEAR)) : List.of());
        model.put("summaryYear", done && !yearly.periods().isEmpty() ? yearly.periods().get(yearly.periods().size() - 1) : "");
        model.put("compared", done && reference.isPresent());
        templates.send(ctx, "lab-run", model);
    }

    private Optional<RunSeries.Table> series(Optional<RunId> id, RunSeries.Period period) throws SQLException {
        return id.isPresent() ? Optional.of(runs.series(id.get(), period, Optional.empty())) : Optional.empty();
    }

    private Map<String, Object> formModel(Context ctx, Map<String, String> values, String error) {
        Map<String, Object> model = page(ctx);
        model.put("form", values);
        model.put("error", error);
        model.put("scenarios", runs.scenarios().all());
        model.put("maxScale", RunRequest.MAX_SCALE);
        model.put("runs", runs.list().stream().limit(20).map(RunRow::of).toList());
        model.put("ensembles", EnsembleRoutes.rows(runs.ensembles()).stream().limit(20).toList());
        model.put("maxReplicas", org.corridor.app.web.runs.EnsembleRequest.MAX_REPLICAS);
        return model;
    }

    private static Map<String, Object> page(Context ctx) {
        return Templates.page(Language.of(ctx));
    }

    private static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        LABELS.keySet().forEach(k -> values.put(k, ""));
        values.put("scenario", RunRequest.BASELINE);
        values.put("scale", Double.toString(RunRequest.DEFAULT_SCALE));
        values.put("seed", "1");
        values.put("levers.patentPriceMultiplier", "1");
        values.put("levers.banRegisterReach", "1");
        values.put("levers.roubleDevaluationPercent", "0");
        values.put("levers.from", Levers.DEFAULT_FROM.toString());
        return values;
    }

    /** A request as the form's fields, to run it again. */
    static Map<String, String> formValues(RunRequest r) {
        Map<String, String> values = new LinkedHashMap<>();
        r.toMap().forEach((k, v) -> {
            if (v instanceof Map<?, ?> levers) {
                levers.forEach((lk, lv) -> values.put("levers." + lk, String.valueOf(lv)));
            } else {
                values.put(k, String.valueOf(v));
            }
        });
        return values;
    }

    static Double number(Map<String, String> values, String field) {
        return parse(values, field, Double::valueOf, "not a number");
    }

    private static Long whole(Map<String, String> values, String field) {
        return parse(values, field, Long::valueOf, "not a whole number");
    }

    /** A form field as a number, null when empty (the request's default then applies). */
    static <T> T parse(Map<String, String> values, String field, Function<String, T> parser, String problem) {
        String text = values.get(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new ClientError(HttpStatus.BAD_REQUEST, field, problem + ": '" + text + "'");
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", "Scenario");
        m.put("levers.patentPriceMultiplier", "Patent price, times");
        m.put("levers.banRegisterReach", "Ban register");
        m.put("levers.roubleDevaluationPercent", "Rouble devaluation, %");
        m.put("levers.from", "Levers from");
        m.put("scale", "Scale");
        m.put("seed", "Seed");
        m.put("from", "From");
        m.put("to", "To");
        return m;
    }

    /** A run's status line on its page. */
    public record StatusLine(String label, RunRow run) {
    }

    /** A run as the lab's pages show it. */
    public record RunRow(String id, String state, int percent, int ahead, String message, String scenario, String levers, String scale,
                         String seed, String period) {
        static RunRow of(RunService.RunInfo info) {
            RunStatus s = info.status();
            return new RunRow(info.id().value(), s.state().key(), (int) Math.floor(s.progress() * 100), s.ahead(), s.message(),
                    info.request().map(RunRequest::scenario).orElse(""), info.request().map(r -> r.levers().describe()).orElse(""),
                    info.request().map(r -> Double.toString(r.scale())).orElse(""), info.request().map(r -> Long.toString(r.seed())).orElse(""),
                    info.request().map(r -> r.from() + " to " + r.to()).orElse(""));
        }
    }
}
