package org.corridor.app.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.corridor.app.web.advice.AdviceRoutes;
import org.corridor.app.web.api.ApiRoutes;
import org.corridor.app.web.evidence.EvidenceRoutes;
import org.corridor.app.web.evidence.ValidationReports;
import org.corridor.app.web.api.EnsembleApiRoutes;
import org.corridor.app.web.api.RunApiRoutes;
import org.corridor.app.web.lab.EnsembleRoutes;
import org.corridor.app.web.lab.LabRoutes;
import org.corridor.app.web.law.LawRoutes;
import org.corridor.app.web.planner.PlannerRoutes;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Corridor's web server: the planner ({@code /}), the legislation explorer ({@code /law}), the
 * scenario lab ({@code /lab}), the evidence ({@code /evidence}) and the JSON API ({@code /api/v1}). Every route is listed here, in one place.
 *
 * <p>People first: the planner stores nothing, the request log records method, path, status and
 * time only (never bodies or query strings), and no page needs JavaScript. The lab's runs are kept
 * by the {@link RunService}, with nothing about who asked for them.
 */
public final class WebServer {
    /** Request bodies larger than this are refused with 413. */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** The API's routes, as the OpenAPI document names them (a test keeps the two in step). */
    public static final List<String> API_PATHS = List.of("/api/v1/plan", "/api/v1/law/parameters", "/api/v1/law/parameters/{id}",
            "/api/v1/scenarios", "/api/v1/runs", "/api/v1/runs/{id}", "/api/v1/runs/{id}/series", "/api/v1/runs/{id}/files/{name}", "/api/v1/ensembles", "/api/v1/ensembles/{id}", "/api/v1/ensembles/{id}/bands",
            "/api/v1/observations", "/api/v1/observations/{id}");

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private WebServer() {
    }

    /**
     * The server; {@code runs} does the lab's and the API's runs, and its owner closes it;
     * {@code reports} keeps the evidence page's validation report.
     */
    public static Javalin create(Assessor assessor, RunService runs, ValidationReports reports) {
        Templates templates = new Templates();
        PlannerRoutes planner = new PlannerRoutes(assessor, templates);
        AdviceRoutes advice = new AdviceRoutes(org.corridor.law.advice.AdviceBook.embedded(), templates);
        LawRoutes law = new LawRoutes(assessor.ruleBook().law(), assessor.reviews(), templates);
        ApiRoutes api = new ApiRoutes(assessor);
        LabRoutes lab = new LabRoutes(runs, templates, reports.evidence().gdp());
        RunApiRoutes runApi = new RunApiRoutes(runs);
        EnsembleRoutes labEnsembles = new EnsembleRoutes(runs.ensembles(), templates);
        EnsembleApiRoutes ensembleApi = new EnsembleApiRoutes(runs.ensembles());
        EvidenceRoutes evidence = new EvidenceRoutes(reports.evidence(), reports, templates);
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            // A known path asked with the wrong method is 405 with Allow (ErrorHandlers), not 404.
            config.http.prefer405over404 = true;
            // Errors Jetty answers before any handler runs (bad request lines, %00, 414, 431) get the
            // same headers as every page, and no echo of the request.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=86400");
            });
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(RequestLimits::refuseOversizedBodies);
            config.routes.before(RequestLimits::refuseMalformedAddresses);
            config.routes.before(RequestLimits::refuseUnknownCharsets);

            config.routes.get("/", planner::form);
            config.routes.post("/", planner::plan);
            config.routes.post("/plan.ics", planner::calendar);
            config.routes.get("/advice", advice::page);
            config.routes.get("/law", law::index);
            config.routes.get("/law/{id}", law::parameter);
            config.routes.get("/lab", lab::form);
            config.routes.post("/lab", lab::start);
            config.routes.get("/lab/runs/{id}", lab::run);
            config.routes.post("/lab/ensembles", labEnsembles::start);
            config.routes.get("/lab/ensembles/{id}", labEnsembles::page);
            config.routes.get("/evidence", evidence::page);
            config.routes.post("/evidence/report", evidence::prepareReport);
            config.routes.get("/evidence/report/", evidence::reportFile);
            config.routes.get("/evidence/report/<file>", evidence::reportFile);
            config.routes.get("/favicon.ico", ctx -> ctx.status(204)); // no icon: browsers ask anyway

            config.routes.post("/api/v1/plan", api::plan);
            config.routes.get("/api/v1/law/parameters", api::parameters);
            config.routes.get("/api/v1/law/parameters/{id}", api::parameter);
            config.routes.get("/api/v1/scenarios", runApi::scenarios);
            config.routes.post("/api/v1/runs", runApi::start);
            config.routes.get("/api/v1/runs", runApi::list);
            config.routes.get("/api/v1/runs/{id}", runApi::run);
            config.routes.get("/api/v1/runs/{id}/series", runApi::series);
            config.routes.get("/api/v1/runs/{id}/files/{name}", runApi::file);
            config.routes.get("/api/v1/ensembles", ensembleApi::list);
            config.routes.get("/api/v1/ensembles/{id}", ensembleApi::ensemble);
            config.routes.get("/api/v1/ensembles/{id}/bands", ensembleApi::bands);
            config.routes.get("/api/v1/observations", evidence::observations);
            config.routes.get("/api/v1/observations/{id}", evidence::observation);
            config.routes.get("/api/openapi.json", api::openApi);

            ErrorHandlers.register(config, templates);
        });
    }
}
