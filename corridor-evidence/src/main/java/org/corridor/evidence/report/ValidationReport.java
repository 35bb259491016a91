package org.corridor.evidence.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.corridor.evidence.Evidence;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.ConflictGroup;
import org.corridor.evidence.compare.ErrorSummary;
import org.corridor.evidence.compare.FigureClass;
import org.corridor.evidence.compare.FigureClasses;
import org.corridor.evidence.compare.SeriesForecasts;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.indicator.Gravity;
import org.corridor.evidence.indicator.ObservedIndicators;
import org.corridor.evidence.indicator.RunGravity;
import org.corridor.evidence.indicator.RunIndicators;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.outputs.YearTable;

/**
 * The validation report: an HTML page ({@code index.html}, with {@code report.css} and PNG charts
 * under {@code charts/}) that sets every observation against the run, each in its class
 * ({@link FigureClass}): the summary counts only the independent checks, overall and by kind of figure;
 * the targets' fit, the figures that measure what a target measures and the inputs are shown apart,
 * the not comparable and the not simulated listed with their reasons; then the conflict groups as
 * ranges, and the sources' indicators. It uses no script and no inline style, so the web app can serve
 * it under its content security policy.
 */
public final class ValidationReport {
    /** What was validated: a scenario's run, by seed and scale, and where its numbers came from. */
    public record Run(String scenario, long seed, double scale, String period, String from) {
    }

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder().loader(loader()).autoEscaping(true).strictVariables(true).build();

    private final Run run;
    private final Comparisons comparisons;
    /** The kind of figure of an observation (indicators.csv), for the checks' summary by kind. */
    private final Function<Observation, String> kind;
    private final YearTable table;
    private final SimulatedFigures figures;
    private final List<RunIndicators.Row> indicators;
    private final Gravity.Fit gravity;
    private final String gravityNote;
    private final List<ObservedIndicators.Value> observed;
    /** The ensemble whose replicas' median stands in {@link #comparisons}, or null for a single run. */
    private final EnsembleValidation ensemble;
    /** The validation held back in time, or null when no held-back calibration was given. */
    private final HeldBackValidation heldBack;
    /** Flee's measure per series by year, beside the naive forecasts made from the data up to {@link #FORECAST_UNTIL} (or the held-back year). */
    private final List<SeriesForecasts.Row> forecasts;

    /** The last year the naive forecasts see when no held-back calibration names another. */
    public static final int FORECAST_UNTIL = 2013;

    private ValidationReport(Run run, Comparisons comparisons, Function<Observation, String> kind, YearTable table, SimulatedFigures figures,
                             List<RunIndicators.Row> indicators, Gravity.Fit gravity, String gravityNote, List<ObservedIndicators.Value> observed,
                             EnsembleValidation ensemble, HeldBackValidation heldBack, List<SeriesForecasts.Row> forecasts) {
        this.run = run;
        this.comparisons = comparisons;
        this.kind = kind;
        this.table = table;
        this.figures = figures;
        this.indicators = indicators;
        this.gravity = gravity;
        this.gravityNote = gravityNote;
        this.observed = observed;
        this.ensemble = ensemble;
        this.heldBack = heldBack;
        this.forecasts = List.copyOf(forecasts);
    }

    /** The report of a run's year table against the bundled evidence: comparisons, indicators, the gravity fit. */
    public static ValidationReport of(Run run, YearTable table, Evidence evidence) {
        return of(run, table, evidence, evidence.classes());
    }

    /**
     * The report of a run classed by one calibration's targets: those the scenario's calibration record
     * says it fitted ({@code evidence.classes(targets.only(record))}), so that no figure is called a target
     * of a fit that did not see it.
     */
    public static ValidationReport of(Run run, YearTable table, Evidence evidence, FigureClasses classes) {
        SimulatedFigures figures = new SimulatedFigures(table, evidence.gdp());
        return of(run, table, figures, Comparisons.of(evidence.observations(), classes, figures), null, evidence);
    }

    /**
     * This report with the validation held back in time: the held-back scenario's run, every figure classed
     * by the held-back calibration's targets, the errors up to {@code until} and after it by kind, and Flee's
     * measure of the held-back model beside the shipped one's and the naive forecasts'.
     */
    public ValidationReport withHeldBack(int until, String scenario, YearTable heldBackTable, FigureClasses heldBackClasses, Evidence evidence) {
        SimulatedFigures heldFigures = new SimulatedFigures(heldBackTable, evidence.gdp());
        Comparisons heldComparisons = Comparisons.of(evidence.observations(), heldBackClasses, heldFigures);
        HeldBackValidation validation = HeldBackValidation.of(until, scenario, comparisons, heldComparisons, kind);
        List<SeriesForecasts.Row> rows = SeriesForecasts.of(until, evidence.observations(), evidence.remittances(), evidence.gdp(), figures,
                heldFigures);
        return new ValidationReport(run, comparisons, kind, table, figures, indicators, gravity, gravityNote, observed, ensemble, validation, rows);
    }

    /** What was validated. */
    public Run run() {
        return run;
    }

    public HeldBackValidation heldBack() {
        return heldBack;
    }

    public List<SeriesForecasts.Row> forecasts() {
        return forecasts;
    }

    /**
     * The report of an ensemble's replicas: every observation against their median, with the 5-95% band
     * beside it; the indicators and the gravity fit, which need one table, from the replicas' mean table.
     */
    public static ValidationReport ofEnsemble(Run run, EnsembleValidation ensemble, Evidence evidence) {
        YearTable mean = ensemble.mean();
        return of(run, mean, new SimulatedFigures(mean, evidence.gdp()), ensemble.medians(), ensemble, evidence);
    }

    private static ValidationReport of(Run run, YearTable table, SimulatedFigures figures, Comparisons comparisons, EnsembleValidation ensemble,
                                       Evidence evidence) {
        RunGravity.Result gravity = RunGravity.of(table, evidence.population(), evidence.gdp());
        List<RunIndicators.Row> indicators = RunIndicators.of(table, evidence.gdp(), evidence.labourForce(), evidence.fdi());
        return new ValidationReport(run, comparisons, evidence.observations()::kindOf, table, figures, indicators, gravity.fit(), gravity.note(),
                ObservedIndicators.of(evidence.observations()), ensemble, null,
                SeriesForecasts.of(FORECAST_UNTIL, evidence.observations(), evidence.remittances(), evidence.gdp(), figures, null));
    }

    public Comparisons comparisons() {
        return comparisons;
    }

    /** Writes index.html, report.css and charts/ into an existing, empty directory. */
    public void write(Path dir) throws IOException {
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<ReportCharts.Chart> chartList = new ArrayList<>();
        chartList.add(ReportCharts.overview(charts, comparisons.all(), ensemble));
        List<ConflictGroup> groups = comparisons.conflictGroups();
        List<Band> groupBands = ensemble == null ? null : ensemble.conflictBands();
        if (!groups.isEmpty()) {
            chartList.add(ReportCharts.conflicts(charts, groups, groupBands));
        }
        chartList.addAll(ReportCharts.series(charts, comparisons.all(), table, figures, ensemble));
        try (InputStream css = ValidationReport.class.getClassLoader().getResourceAsStream("corridor/evidence/report/report.css")) {
            Files.write(dir.resolve("report.css"), css.readAllBytes());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("run", run);
        model.put("ensemble", ensemble == null ? null
                : Map.of("arm", ensemble.arm(), "replicas", Integer.toString(ensemble.replicas())));
        model.put("targets", summary(comparisons.targetSummary(), comparisons.targets()));
        model.put("checks", summary(comparisons.checkSummary(), comparisons.checks()));
        model.put("alike", summary(comparisons.summary(FigureClass.TARGET_ALIKE), comparisons.ofClass(FigureClass.TARGET_ALIKE)));
        model.put("classes", classRows());
        model.put("kinds", kindRows());
        model.put("inputs", listed(FigureClass.INPUT));
        model.put("notComparable", listed(FigureClass.NOT_COMPARABLE));
        model.put("charts", chartList);
        model.put("rows", rows(groups));
        model.put("groups", groupRows(groups, groupBands));
        model.put("indicators", indicators.stream().map(ValidationReport::indicatorRow).toList());
        model.put("gravity", gravity == null ? null : gravityRow());
        model.put("gravityNote", gravityNote);
        model.put("heldBack", heldBack == null ? null : heldBackModel());
        model.put("forecastUntil", Integer.toString(heldBack == null ? FORECAST_UNTIL : heldBack.until()));
        model.put("forecasts", forecasts.stream().map(ValidationReport::forecastRow).toList());
        model.put("observed", observed.stream().map(v -> Map.of("indicator", v.indicator(), "origin", v.origin(), "year", Integer.toString(v.year()),
                "value", v.low() == v.high() ? fixed(v.low(), 3) : fixed(v.low(), 3) + " to " + fixed(v.high(), 3),
                "from", String.join(", ", v.from()))).toList());
        try (Writer out = Files.newBufferedWriter(dir.resolve("index.html"), StandardCharsets.UTF_8)) {
            ENGINE.getTemplate("index").evaluate(out, model);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("comparisons.csv"), StandardCharsets.UTF_8)) {
            writeCsv(out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("forecasts.csv"), StandardCharsets.UTF_8)) {
            writeForecastsCsv(out);
        }
        if (heldBack != null) {
            try (Writer out = Files.newBufferedWriter(dir.resolve("held-back.csv"), StandardCharsets.UTF_8)) {
                writeHeldBackCsv(out);
            }
        }
    }

    /** Flee's measure per series: the models' and the naive forecasts' averaged relative differences, and the years. */
    void writeForecastsCsv(Writer out) throws IOException {
        List<String> columns = List.of("series", "indicator", "origin", "destination", "sex", "unit", "years_up_to", "years_after", "until",
                "ard_held_back", "ard_shipped", "ard_last_value", "ard_constant_gdp_share", "held_back_beats_naive", "ard_held_back_fit",
                "ard_shipped_fit");
        List<List<String>> rows = new ArrayList<>();
        for (SeriesForecasts.Row r : forecasts) {
            rows.add(List.of(r.series(), r.indicator(), r.origin(), r.destination(), r.sex(), r.unit(), years(r.yearsUpTo()), years(r.yearsAfter()),
                    Integer.toString(r.until()), plain(r.heldBack()), plain(r.shipped()), plain(r.lastValue()), plain(r.constantShare()),
                    Double.isNaN(r.heldBack()) ? "" : Boolean.toString(r.heldBackBeatsNaive()), plain(r.heldBackFit()), plain(r.shippedFit())));
        }
        new CsvMapper().writer(CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build().withHeader()).writeValues(out).writeAll(rows);
    }

    /** Every figure's class in each calibration, and its value and error in each run. */
    void writeHeldBackCsv(Writer out) throws IOException {
        List<String> columns = List.of("id", "kind", "period", "side", "observed", "shipped_class", "shipped_simulated", "shipped_error",
                "held_back_class", "held_back_simulated", "held_back_error");
        List<List<String>> rows = new ArrayList<>();
        for (HeldBackValidation.Figure f : heldBack.figures()) {
            Comparison s = f.shipped();
            Comparison h = f.heldBack();
            rows.add(List.of(f.observation().id(), f.kind(), f.observation().period().toString(),
                    f.after() ? "after " + heldBack.until() : "up to " + heldBack.until(), plain(f.observation().baseValue()), s.figureClass().key(),
                    s.compared() ? plain(s.simulatedValue()) : "", s.compared() ? plain(s.relativeError()) : "", h.figureClass().key(),
                    h.compared() ? plain(h.simulatedValue()) : "", h.compared() ? plain(h.relativeError()) : ""));
        }
        new CsvMapper().writer(CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build().withHeader()).writeValues(out).writeAll(rows);
    }

    private static String years(List<Integer> years) {
        return years.isEmpty() ? "" : years.size() == 1 ? years.get(0).toString() : years.get(0) + "-" + years.get(years.size() - 1)
                + (years.size() == years.get(years.size() - 1) - years.get(0) + 1 ? "" : " (" + years.size() + " years)");
    }

    /**
     * Every comparison as CSV, for analysts' own tools; base units, full precision. A run's figure is
     * in {@code simulated}; an ensemble's in {@code median}, {@code p05}, {@code p95}, {@code within_band}
     * and {@code replicas} (how many had a value), the errors being the median's.
     */
    void writeCsv(Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<String> columns = new ArrayList<>(List.of("id", "class", "indicator", "origin", "destination", "sex", "period", "observed", "low",
                "high", "unit"));
        columns.addAll(ensemble == null ? List.of("simulated") : List.of("median", "p05", "p95", "within_band", "replicas"));
        columns.addAll(List.of("relative_error", "tolerance", "within_tolerance", "reason", "kind", "source", "conflict_group"));
        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build().withHeader();
        List<List<String>> rows = new ArrayList<>();
        for (Comparison c : comparisons.all()) {
            Observation o = c.observation();
            List<String> row = new ArrayList<>(List.of(o.id(), c.figureClass().key(), o.indicator(), o.origin(), o.destination(),
                    o.sex(), o.period().toString(), plain(o.baseValue()), o.hasRange() ? plain(o.baseLow()) : "",
                    o.hasRange() ? plain(o.baseHigh()) : "", o.unit().base()));
            row.addAll(ensemble == null ? List.of(c.compared() ? plain(c.simulatedValue()) : "") : bandCells(c));
            row.addAll(List.of(c.compared() ? plain(c.relativeError()) : "", plain(c.tolerance()),
                    c.compared() ? Boolean.toString(c.withinTolerance()) : "", c.classReason(), kind.apply(o), o.source(), o.conflictGroup()));
            rows.add(row);
        }
        mapper.writer(schema).writeValues(out).writeAll(rows);
    }

    private List<String> bandCells(Comparison c) {
        Band b = c.compared() ? ensemble.band(c) : null;
        return b == null ? List.of("", "", "", "", "0") : List.of(plain(b.median()), plain(b.p05()), plain(b.p95()),
                Boolean.toString(b.holds(c.observation())), Integer.toString(b.replicas()));
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /**
     * The summary as text: how many figures each class holds; the independent checks' errors, overall and
     * by kind of figure; the targets' fit apart. Of an ensemble, the errors are the median's, and the
     * checks' and targets' lines say how many fall within the band.
     */
    public String summaryText() {
        StringBuilder out = new StringBuilder("classes:");
        comparisons.counts().forEach((k, n) -> out.append(' ').append(k.key()).append(' ').append(n).append(','));
        out.setLength(out.length() - 1);
        String checks = line("checks ", comparisons.checkSummary());
        String targets = line("targets", comparisons.targetSummary());
        if (ensemble != null) {
            targets += "; within the replicas' 5-95% band: " + withinBand(comparisons.targetSummary(), comparisons.targets());
            checks += "; within the replicas' 5-95% band: " + withinBand(comparisons.checkSummary(), comparisons.checks());
        }
        out.append('\n').append(checks).append("  (independent checks only)");
        comparisons.checkSummaryByKind(kind).forEach((k, s) -> out.append('\n').append(line("  " + k, s)));
        out.append('\n').append(targets).append("  (the fit, not a test)");
        if (heldBack != null) {
            out.append('\n').append(String.format(Locale.ROOT, "held back in time (%s, fitted on the figures up to %d): its checks' median absolute %% error,"
                    + " held-back model against shipped model", heldBack.heldBackScenario(), heldBack.until()));
            for (boolean after : new boolean[] {false, true}) {
                for (HeldBackValidation.KindRow k : heldBack.byKind(after)) {
                    out.append('\n').append(String.format(Locale.ROOT, "  %-12s %-22s %3d figures: %s against %s%s", after ? (heldBack.until() + 1) + " on"
                            : "up to " + heldBack.until(), k.kind(), k.figures(), percent(k.heldBack().medianAbsolutePercentError()),
                            percent(k.shipped().medianAbsolutePercentError()), k.fittedByShipped() == 0 ? ""
                                    : " (" + k.fittedByShipped() + " fitted by the shipped calibration)"));
                }
            }
            out.append('\n').append(line("  held-back targets", heldBack.heldBackFit()));
        }
        int until = heldBack == null ? FORECAST_UNTIL : heldBack.until();
        out.append('\n').append(String.format(Locale.ROOT, "Flee's averaged relative difference after %d (naive forecasts from the data up to %d):", until,
                until));
        for (SeriesForecasts.Row r : forecasts) {
            out.append('\n').append(String.format(Locale.ROOT, "  %-52s %s %-6s held-back %5s shipped %5s last value %5s constant share %5s%s",
                    r.series(), r.origin(), r.destination(), Double.isNaN(r.heldBack()) ? "-" : fixed(r.heldBack(), 3), fixed(r.shipped(), 3),
                    fixed(r.lastValue(), 3), Double.isNaN(r.constantShare()) ? "-" : fixed(r.constantShare(), 3),
                    Double.isNaN(r.heldBack()) ? "" : r.heldBackBeatsNaive() ? "  beats both" : "  DOES NOT beat the naive forecasts"));
        }
        return out.toString();
    }

    /** The held-back section: the errors by kind either side of the year, the held-back fit, how the classes moved. */
    private Map<String, Object> heldBackModel() {
        Map<String, Object> m = new HashMap<>();
        m.put("until", Integer.toString(heldBack.until()));
        m.put("after", Integer.toString(heldBack.until() + 1));
        m.put("scenario", heldBack.heldBackScenario());
        List<Map<String, String>> rows = new ArrayList<>();
        for (boolean after : new boolean[] {false, true}) {
            for (HeldBackValidation.KindRow k : heldBack.byKind(after)) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("side", after ? (heldBack.until() + 1) + " on" : "up to " + heldBack.until());
                r.put("kind", k.kind().replace('_', ' '));
                r.put("figures", Integer.toString(k.figures()));
                r.put("fitted", Integer.toString(k.fittedByShipped()));
                r.put("heldMedian", percent(k.heldBack().medianAbsolutePercentError()));
                r.put("heldMean", percent(k.heldBack().meanAbsolutePercentError()));
                r.put("heldWithin", k.heldBack().withinTolerance() + "");
                r.put("shippedMedian", percent(k.shipped().medianAbsolutePercentError()));
                r.put("shippedMean", percent(k.shipped().meanAbsolutePercentError()));
                r.put("shippedWithin", k.shipped().withinTolerance() + "");
                rows.add(r);
            }
        }
        m.put("kinds", rows);
        m.put("fit", summary(heldBack.heldBackFit(), List.of()));
        m.put("changes", heldBack.classChanges().entrySet().stream().map(e -> Map.of("pair", e.getKey().replace('_', ' '), "count",
                e.getValue().toString())).toList());
        return m;
    }

    private static Map<String, String> forecastRow(SeriesForecasts.Row r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("series", r.series());
        m.put("who", r.origin() + " " + (r.destination().equals("ABROAD") ? "abroad" : r.destination()) + (r.sex().equals("ALL") ? "" : " " + r.sex()));
        m.put("unit", r.unit().replace('_', ' '));
        m.put("before", years(r.yearsUpTo()));
        m.put("after", years(r.yearsAfter()));
        m.put("heldBack", fixed(r.heldBack(), 3));
        m.put("shipped", fixed(r.shipped(), 3));
        m.put("last", fixed(r.lastValue(), 3));
        m.put("share", Double.isNaN(r.constantShare()) ? "" : fixed(r.constantShare(), 3));
        m.put("verdict", Double.isNaN(r.heldBack()) ? (r.shipped() < r.bestNaive() ? "shipped beats naive" : "shipped does not beat naive")
                : r.heldBackBeatsNaive() ? "beats both" : "does not beat " + (r.heldBack() >= r.lastValue() ? "last value" : "constant share"));
        m.put("fit", fixed(Double.isNaN(r.heldBackFit()) ? r.shippedFit() : r.heldBackFit(), 3));
        return m;
    }

    /** How many of a class of observations fall within the replicas' band, and the share of those compared: "N (P%)". */
    private String withinBand(ErrorSummary s, List<Comparison> members) {
        int within = ensemble.withinBand(members);
        return within + " (" + percent(s.compared() == 0 ? Double.NaN : 100.0 * within / s.compared()) + ")";
    }

    private static String line(String what, ErrorSummary s) {
        return String.format(Locale.ROOT, "%s: %d of %d compared; mean absolute error %.1f%%, median %.1f%%; %d within tolerance (%.0f%%)",
                what, s.compared(), s.observations(), s.meanAbsolutePercentError(), s.medianAbsolutePercentError(), s.withinTolerance(),
                s.withinTolerancePercent());
    }

    private Map<String, String> summary(ErrorSummary s, List<Comparison> members) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("observations", Integer.toString(s.observations()));
        m.put("compared", Integer.toString(s.compared()));
        m.put("mape", percent(s.meanAbsolutePercentError()));
        m.put("median", percent(s.medianAbsolutePercentError()));
        m.put("within", s.withinTolerance() + " (" + percent(s.withinTolerancePercent()) + ")");
        if (ensemble != null) {
            m.put("band", withinBand(s, members));
        }
        return m;
    }

    /** One row per class: how many figures it holds and what it means. */
    private List<Map<String, String>> classRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        comparisons.counts().forEach((k, n) -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("label", k.label());
            r.put("meaning", k.meaning());
            r.put("count", Integer.toString(n));
            r.put("counted", k.counted() ? "yes" : "no");
            rows.add(r);
        });
        return rows;
    }

    /** The independent checks' errors by kind of figure. */
    private List<Map<String, String>> kindRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        comparisons.checkSummaryByKind(kind).forEach((k, s) -> {
            Map<String, String> r = summary(s, comparisons.checks().stream().filter(c -> kind.apply(c.observation()).equals(k)).toList());
            r.put("kind", k.replace('_', ' '));
            rows.add(r);
        });
        return rows;
    }

    /** The figures of a class that is listed, not scored: id, who, period, source and the reason. */
    private List<Map<String, String>> listed(FigureClass figureClass) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Comparison c : comparisons.ofClass(figureClass)) {
            Observation o = c.observation();
            Map<String, String> r = new LinkedHashMap<>();
            r.put("id", o.id());
            r.put("indicator", o.indicator().replace('_', ' '));
            r.put("who", o.who());
            r.put("period", o.period().toString());
            r.put("observed", number(o.baseValue()) + (o.hasRange() ? " (" + number(o.baseLow()) + " to " + number(o.baseHigh()) + ")" : ""));
            r.put("simulated", c.compared() ? number(c.simulatedValue()) : "");
            r.put("source", o.source());
            r.put("reason", c.classReason());
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, String>> rows(List<ConflictGroup> groups) {
        List<String> groupNames = groups.stream().map(ConflictGroup::name).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Comparison c : comparisons.all()) {
            Observation o = c.observation();
            Map<String, String> r = new LinkedHashMap<>();
            r.put("id", o.id());
            r.put("role", c.figureClass().key().replace('_', '-'));
            r.put("class", c.figureClass().label());
            r.put("indicator", o.indicator().replace('_', ' '));
            r.put("who", o.who());
            r.put("period", o.period().toString());
            r.put("observed", number(o.baseValue()) + (o.hasRange() ? " (" + number(o.baseLow()) + " to " + number(o.baseHigh()) + ")" : ""));
            r.put("unit", o.unit().base().replace('_', ' '));
            r.put("simulated", c.compared() ? number(c.simulatedValue()) : "");
            if (ensemble != null) {
                bandRow(r, c);
            }
            r.put("error", c.compared() ? percent(100 * c.relativeError()) : "");
            r.put("tolerance", percent(100 * c.tolerance()));
            r.put("status", c.compared() ? (c.withinTolerance() ? "within" : "outside") : c.figureClass().label());
            r.put("reason", c.figureClass() == FigureClass.CHECK ? "" : c.classReason());
            r.put("source", o.source());
            r.put("definition", o.definition());
            r.put("group", o.inConflictGroup() ? (groupNames.indexOf(o.conflictGroup()) + 1) + " " + o.conflictGroup() : "");
            rows.add(r);
        }
        return rows;
    }

    /** An ensemble's columns of a row: the band, and how many replicas it is of when some had no value. */
    private void bandRow(Map<String, String> r, Comparison c) {
        Band b = ensemble.band(c);
        r.put("p05", b == null ? "" : number(b.p05()));
        r.put("p95", b == null ? "" : number(b.p95()));
        r.put("band", b == null ? "" : b.holds(c.observation()) ? "within" : "outside");
        boolean some = b != null && b.replicas() < ensemble.replicas();
        r.put("replicas", some ? b.replicas() + " of " + ensemble.replicas() + " replicas" : "");
    }

    /** The conflict groups; with {@code bands} (an ensemble's), the group's simulated value is its band's median. */
    private static List<Map<String, String>> groupRows(List<ConflictGroup> groups, List<Band> bands) {
        List<Map<String, String>> rows = new ArrayList<>();
        int k = 0;
        for (ConflictGroup g : groups) {
            double lo = g.low();
            double hi = g.high();
            Band band = bands == null ? null : bands.get(k);
            double sim = bands == null ? g.simulated() : band == null ? Double.NaN : band.median();
            Map<String, String> r = new LinkedHashMap<>();
            r.put("number", Integer.toString(++k));
            r.put("name", g.name());
            r.put("members", String.join(", ", g.members().stream().map(c -> c.observation().id() + " (" + c.observation().source() + ")").toList()));
            r.put("range", number(lo) + " to " + number(hi));
            r.put("unit", g.members().get(0).observation().unit().base().replace('_', ' '));
            double simLow = g.simulatedLow();
            double simHigh = g.simulatedHigh();
            r.put("simulated", !Double.isFinite(sim) ? "not simulated" : bands != null || simLow == simHigh ? number(sim)
                    : number(simLow) + " to " + number(simHigh) + " over the members' periods");
            r.put("band", band == null ? "" : number(band.p05()) + " to " + number(band.p95()));
            r.put("inside", g.verdict());
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, String> indicatorRow(RunIndicators.Row i) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("origin", i.origin().name());
        r.put("year", Integer.toString(i.year()));
        r.put("remittances", number(i.remittancesUsd()));
        r.put("gdpShare", fixed(i.remittancesShareOfGdp(), 1));
        r.put("perMigrant", number(i.remittancesPerMigrant()));
        r.put("emigShare", fixed(i.emigrantsShareOfActive(), 1));
        r.put("dle", fixed(i.dle(), 1));
        r.put("hhi", fixed(i.hhi(), 3));
        r.put("dleRussia", fixed(i.dleRussia(), 1));
        r.put("dmsrc", fixed(i.dmsrc(), 2));
        r.put("trap", Double.isFinite(i.dmsrc()) ? (i.inTrap() ? "yes" : "no") : "");
        return r;
    }

    private Map<String, String> gravityRow() {
        Map<String, String> r = new LinkedHashMap<>();
        String[] names = {"constant", "origin", "destination", "distance"};
        for (int k = 0; k < 4; k++) {
            r.put(names[k], fixed(gravity.coefficients()[k], 2) + " (" + fixed(gravity.standardErrors()[k], 2) + ")");
        }
        r.put("r2", fixed(gravity.rSquared(), 2));
        r.put("pairs", Integer.toString(gravity.pairs()));
        return r;
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f billion", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f million", v / 1e6);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v) : "";
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("corridor/evidence/report");
        loader.setSuffix(".peb");
        return loader;
    }
}
