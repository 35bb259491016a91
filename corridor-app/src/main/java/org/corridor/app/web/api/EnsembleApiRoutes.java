package org.corridor.app.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.runs.EnsembleService;
import org.corridor.app.web.runs.EnsembleStore;
import org.corridor.app.web.runs.RunId;
import org.corridor.spark.ensemble.SummaryCell;

/**
 * The ensembles in the JSON API: the list, one ensemble's status and manifest, and the quantiles of
 * any series of its summary ({@code GET /api/v1/ensembles/{id}/bands}).
 */
public final class EnsembleApiRoutes {
    private static final Set<String> ARMS = Set.of("scenario", "baseline", "difference");
    private static final Set<String> ORIGINS = Set.of("ALL", "TJ", "KG", "UZ");
    private static final Set<String> DESTINATIONS = Set.of("ALL", "RU_MOW", "RU_SPE", "RU_OTHER", "KZ", "TR");
    private static final Set<String> SERIES = SummaryCell.CELLS.stream().map(SummaryCell::series).collect(java.util.stream.Collectors.toSet());

    private final EnsembleService ensembles;

    public EnsembleApiRoutes(EnsembleService ensembles) {
        this.ensembles = ensembles;
    }

    public void list(Context ctx) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (RunId id : ensembles.list()) {
            all.add(describe(id));
        }
        ctx.json(Map.of("ensembles", all));
    }

    public void ensemble(Context ctx) {
        ctx.json(describe(id(ctx)));
    }

    /** {@code ?arm=scenario|baseline|difference&origin=ALL|TJ|KG|UZ&destination=ALL|RU_MOW|...&series=abroad}: the quantiles by month. */
    public void bands(Context ctx) throws SQLException {
        RunId id = id(ctx);
        if (ensembles.manifest(id).isEmpty()) {
            throw new ClientError(HttpStatus.CONFLICT, "id", "ensemble " + id + " is not done yet");
        }
        String arm = choice(ctx, "arm", "scenario", ARMS);
        String origin = choice(ctx, "origin", "ALL", ORIGINS);
        String destination = choice(ctx, "destination", "ALL", DESTINATIONS);
        String series = choice(ctx, "series", "abroad", SERIES);
        EnsembleStore.Bands b = ensembles.store().bands(id, arm, origin, destination, series);
        if (b.months().isEmpty()) {
            throw new ClientError(HttpStatus.NOT_FOUND, "arm", "ensemble " + id + " has no " + arm + " " + series + " for " + origin + " at " + destination);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ensemble", id.value());
        body.put("arm", arm);
        body.put("origin", origin);
        body.put("destination", destination);
        body.put("series", series);
        body.put("quantiles", "Hyndman and Fan type 7 over the replicas; full-population estimates");
        body.put("months", b.months());
        body.put("p05", b.p05());
        body.put("p25", b.p25());
        body.put("median", b.median());
        body.put("p75", b.p75());
        body.put("p95", b.p95());
        ctx.json(body);
    }

    private Map<String, Object> describe(RunId id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.value());
        Optional<EnsembleService.Status> s = ensembles.status(id);
        m.put("status", s.map(x -> x.state().key()).orElse("unknown"));
        s.filter(x -> x.total() > 0).ifPresent(x -> m.put("replicas_done", x.done() + " of " + x.total()));
        s.filter(x -> !x.message().isEmpty()).ifPresent(x -> m.put("message", x.message()));
        ensembles.manifest(id).ifPresent(man -> m.put("manifest", man));
        return m;
    }

    private RunId id(Context ctx) {
        String text = ctx.pathParam("id");
        RunId id = RunId.parse(text).orElseThrow(() -> new ClientError(HttpStatus.NOT_FOUND, "id", "no ensemble '" + text + "'"));
        if (ensembles.status(id).isEmpty()) {
            throw new ClientError(HttpStatus.NOT_FOUND, "id", "no ensemble '" + text + "'");
        }
        return id;
    }

    private static String choice(Context ctx, String field, String fallback, Set<String> allowed) {
        String v = Optional.ofNullable(ctx.queryParam(field)).orElse(fallback);
        if (!allowed.contains(v)) {
            throw new ClientError(HttpStatus.BAD_REQUEST, field, "expected one of " + new java.util.TreeSet<>(allowed) + ", got '" + v + "'");
        }
        return v;
    }

}
