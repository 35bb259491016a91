package org.corridor.app.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.runs.RunId;
import org.corridor.app.web.runs.RunRequest;
import org.corridor.app.web.runs.RunSeries;
import org.corridor.app.web.runs.RunService;
import org.corridor.app.web.runs.RunStatus;
import org.corridor.app.web.runs.RunStore;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.world.Origin;

/** The scenarios and runs of the JSON API under {@code /api/v1}: start a run, follow it, read its series, download its tables. */
public final class RunApiRoutes {
    private final RunService runs;

    public RunApiRoutes(RunService runs) {
        this.runs = runs;
    }

    /** The body of {@code POST /api/v1/runs}; every field but the scenario has a default. */
    record RunBody(String scenario, Double scale, Long seed, String from, String to, LeverBody levers) {
    }

    record LeverBody(Double patentPriceMultiplier, Double banRegisterReach, Double roubleDevaluationPercent, String from) {
    }

    public void scenarios(Context ctx) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Scenario s : runs.scenarios().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("description", s.description());
            m.put("from", s.from().toString());
            m.put("to", s.to().toString());
            all.add(m);
        }
        ctx.json(Map.of("scenarios", all));
    }

    public void start(Context ctx) {
        RunBody body = JsonBody.read(ctx, RunBody.class, "scenario, scale, seed, from, to, levers "
                + "(patentPriceMultiplier, banRegisterReach, roubleDevaluationPercent, from)");
        LeverBody l = body.levers() == null ? new LeverBody(null, null, null, null) : body.levers();
        RunRequest request = runs.validate(new RunRequest.Draft(body.scenario(), body.scale(), body.seed(), body.from(), body.to(),
                l.patentPriceMultiplier(), l.banRegisterReach(), l.roubleDevaluationPercent(), l.from()));
        RunId id = runs.start(request);
        RunService.RunInfo info = runs.find(id).orElseThrow();
        ctx.status(info.status().state() == RunStatus.State.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED);
        ctx.header("Location", "/api/v1/runs/" + id);
        ctx.json(view(info));
    }

    public void list(Context ctx) {
        ctx.json(Map.of("runs", runs.list().stream().map(RunApiRoutes::view).toList()));
    }

    public void run(Context ctx) {
        ctx.json(view(find(ctx)));
    }

    public void series(Context ctx) throws SQLException {
        RunService.RunInfo info = find(ctx);
        if (info.status().state() != RunStatus.State.DONE) {
            throw new ClientError(HttpStatus.CONFLICT, "id", "run " + info.id() + " is " + info.status().state().key() + "; its series come when it is done");
        }
        String by = Optional.ofNullable(ctx.queryParam("by")).orElse("year");
        RunSeries.Period period = RunSeries.Period.parse(by).orElseThrow(() ->
                new ClientError(HttpStatus.BAD_REQUEST, "by", "expected year or month, got '" + by + "'"));
        String originText = ctx.queryParam("origin");
        Optional<Origin> origin = Optional.empty();
        if (originText != null) {
            origin = Arrays.stream(Origin.ALL).filter(o -> o.name().equals(originText)).findFirst();
            if (origin.isEmpty()) {
                throw new ClientError(HttpStatus.BAD_REQUEST, "origin", "expected TJ, KG or UZ, got '" + originText + "'");
            }
        }
        RunSeries.Table table = runs.series(info.id(), period, origin);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (RunSeries.Column c : RunSeries.COLUMNS) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("label", c.label());
            column.put("unit", c.unit());
            column.put("kind", c.stock() ? (period == RunSeries.Period.YEAR ? "stock, monthly average" : "stock, end of month") : "flow, total");
            columns.add(column);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.periods().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(period.key(), table.periods().get(i));
            for (RunSeries.Column c : RunSeries.COLUMNS) {
                row.put(c.name(), Math.round(table.column(c.name())[i] * 10) / 10.0);
            }
            rows.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", info.id().value());
        answer.put("by", period.key());
        answer.put("origin", origin.map(Enum::name).orElse("all"));
        answer.put("note", "Full-population estimates (agent values divided by the scale); money in US dollars.");
        answer.put("columns", columns);
        answer.put("rows", rows);
        ctx.json(answer);
    }

    public void file(Context ctx) throws IOException {
        RunService.RunInfo info = find(ctx);
        String name = ctx.pathParam("name");
        Path file = runs.download(info.id(), name).orElseThrow(() -> new ClientError(HttpStatus.NOT_FOUND, "name",
                info.status().state() != RunStatus.State.DONE ? "run " + info.id() + " is not done yet"
                        : "no file '" + name + "'; a run has " + String.join(", ", new TreeSet<>(RunStore.DOWNLOADS.keySet()))));
        ctx.contentType(RunStore.DOWNLOADS.get(name));
        ctx.header("Content-Disposition", "attachment; filename=\"" + info.id() + "-" + name + "\"");
        ctx.result(Files.newInputStream(file));
    }

    private RunService.RunInfo find(Context ctx) {
        String text = ctx.pathParam("id");
        return RunId.parse(text).flatMap(runs::find).orElseThrow(() -> new ClientError(HttpStatus.NOT_FOUND, "id", "no run '" + text + "'"));
    }

    /** A run as the API shows it. */
    static Map<String, Object> view(RunService.RunInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id().value());
        m.put("status", info.status().state().key());
        m.put("progress", Math.round(info.status().progress() * 1000) / 1000.0);
        if (info.status().state() == RunStatus.State.QUEUED) {
            m.put("ahead", info.status().ahead());
        }
        if (!info.status().message().isEmpty()) {
            m.put("message", info.status().message());
        }
        info.request().ifPresent(r -> m.put("request", r.toMap()));
        info.baseline().ifPresent(b -> m.put("baseline", b.value()));
        info.manifest().ifPresent(manifest -> m.put("manifest", manifest));
        if (info.status().state() == RunStatus.State.DONE) {
            Map<String, String> files = new LinkedHashMap<>();
            for (String name : new TreeSet<>(RunStore.DOWNLOADS.keySet())) {
                files.put(name, "/api/v1/runs/" + info.id() + "/files/" + name);
            }
            m.put("files", files);
            m.put("series", "/api/v1/runs/" + info.id() + "/series?by=year");
        }
        m.put("page", "/lab/runs/" + info.id());
        return m;
    }
}
