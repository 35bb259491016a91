package org.corridor.app.web.evidence;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.corridor.app.web.ClientError;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.observation.Observation;

/**
 * The evidence page ({@code /evidence}): the sources' figures with their lines, the conflict groups,
 * which figures the calibration fits; and the latest validation report ({@code /evidence/report/}),
 * prepared on request. Also the observations in JSON ({@code /api/v1/observations}).
 */
public final class EvidenceRoutes {
    /** The report's files, and nothing else from its directory: a path is never taken from the request as it is. */
    private static final Pattern REPORT_FILE = Pattern.compile("index\\.html|report\\.css|comparisons\\.csv|charts/[a-z0-9-]{1,40}\\.png");
    private static final Set<String> FILTERS = Set.of("indicator", "origin", "destination", "sex", "conflict_group");

    private final Evidence evidence;
    private final ValidationReports reports;
    private final Templates templates;

    public EvidenceRoutes(Evidence evidence, ValidationReports reports, Templates templates) {
        this.evidence = evidence;
        this.reports = reports;
        this.templates = templates;
    }

    public void page(Context ctx) {
        Map<String, Object> model = Templates.page(Language.of(ctx));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Observation o : evidence.observations().all()) {
            rows.add(row(o));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> g : evidence.observations().conflictGroups().entrySet()) {
            groups.add(Map.of("name", g.getKey(), "members", g.getValue().stream().map(this::row).toList()));
        }
        model.put("rows", rows);
        model.put("groups", groups);
        model.put("count", rows.size());
        model.put("targets", evidence.targets().all().size());
        model.put("report", reports.state().name().toLowerCase(Locale.ROOT));
        model.put("reportExists", reports.exists());
        templates.send(ctx, "evidence", model);
    }

    /** Starts preparing the report (Post/Redirect/Get back to the page, which says it is being prepared). */
    public void prepareReport(Context ctx) {
        reports.prepare();
        ctx.redirect("/evidence?lang=" + Language.of(ctx).code() + "#report", HttpStatus.SEE_OTHER);
    }

    public void reportFile(Context ctx) {
        String name = ctx.pathParamMap().getOrDefault("file", "");
        if (name.isEmpty()) {
            name = "index.html";
        }
        if (!REPORT_FILE.matcher(name).matches()) {
            throw new ClientError(HttpStatus.NOT_FOUND, "file", "no such file in the report");
        }
        Path file = reports.dir().resolve(name);
        if (!reports.exists() || !Files.isRegularFile(file)) {
            throw new ClientError(HttpStatus.NOT_FOUND, "file", "no validation report yet: prepare one on /evidence");
        }
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".csv") ? "text/csv; charset=utf-8" : "image/png";
        try {
            ctx.contentType(type).result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/v1/observations}, filtered by any of indicator, origin, destination, sex and conflict_group. */
    public void observations(Context ctx) {
        for (String key : ctx.queryParamMap().keySet()) {
            if (!FILTERS.contains(key) && !key.equals("lang")) {
                throw new ClientError(HttpStatus.BAD_REQUEST, key, "unknown filter; known: " + new TreeSet<>(FILTERS));
            }
        }
        List<Observation> selected = new ArrayList<>(evidence.observations().all());
        for (String key : FILTERS) {
            String wanted = ctx.queryParam(key);
            if (wanted == null) {
                continue;
            }
            Set<String> known = new TreeSet<>();
            for (Observation o : evidence.observations().all()) {
                known.add(field(o, key));
            }
            if (!known.contains(wanted)) {
                throw new ClientError(HttpStatus.BAD_REQUEST, key, "no observation has " + key + " '" + wanted + "'");
            }
            selected.removeIf(o -> !field(o, key).equals(wanted));
        }
        ctx.json(Map.of("observations", selected.stream().map(this::json).toList(), "count", selected.size()));
    }

    /** {@code GET /api/v1/observations/{id}}. */
    public void observation(Context ctx) {
        String id = ctx.pathParam("id");
        if (!evidence.observations().has(id)) {
            throw new ClientError(HttpStatus.NOT_FOUND, "id", "no observation '" + id + "'");
        }
        ctx.json(json(evidence.observations().get(id)));
    }

    private Map<String, Object> json(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("indicator", o.indicator());
        m.put("origin", o.origin());
        m.put("destination", o.destination());
        m.put("sex", o.sex());
        m.put("period", o.period().toString());
        m.put("value", o.value());
        if (o.hasRange()) {
            m.put("low", o.low());
            m.put("high", o.high());
        }
        m.put("unit", o.unit().key());
        m.put("value_in_base_unit", o.baseValue());
        m.put("base_unit", o.unit().base());
        m.put("source", o.source());
        m.put("definition", o.definition());
        if (o.inConflictGroup()) {
            m.put("conflict_group", o.conflictGroup());
        }
        m.put("calibration_target", evidence.targets().isTarget(o.id()));
        return m;
    }

    private static String field(Observation o, String key) {
        return switch (key) {
            case "indicator" -> o.indicator();
            case "origin" -> o.origin();
            case "destination" -> o.destination();
            case "sex" -> o.sex();
            default -> o.conflictGroup();
        };
    }

    private Map<String, String> row(Observation o) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("id", o.id());
        r.put("indicator", o.indicator().replace('_', ' '));
        r.put("who", o.who());
        r.put("period", o.period().toString());
        r.put("value", plain(o.value()) + (o.hasRange() ? " (" + plain(o.low()) + " to " + plain(o.high()) + ")" : ""));
        r.put("unit", o.unit().key().replace('_', ' '));
        r.put("source", o.source());
        r.put("definition", o.definition());
        r.put("group", o.conflictGroup());
        r.put("target", evidence.targets().isTarget(o.id()) ? "target" : "");
        return r;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }
}
