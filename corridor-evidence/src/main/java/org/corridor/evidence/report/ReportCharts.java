package org.corridor.evidence.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.evidence.compare.Comparison;
import org.corridor.evidence.compare.Comparisons;
import org.corridor.evidence.compare.FigureClass;
import org.corridor.evidence.compare.ConflictGroup;
import org.corridor.evidence.compare.Simulated;
import org.corridor.evidence.compare.SimulatedFigures;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Period;
import org.corridor.evidence.outputs.YearTable;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, as PNG files: the relative error of every compared figure, one row each; the
 * conflict groups as the range of the sources' figures with the run's value; and, for every kind of
 * figure that has observations, the run's yearly values as a line with the observations as points
 * (a source's range as an error bar; a flow over several years as its yearly average). Of an
 * ensemble, the run's value is the replicas' median, drawn with their 5-95% band: a bar through the
 * point, or a shaded band about the yearly line.
 */
final class ReportCharts {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    private static final Color TARGET = new Color(0xd9, 0x5f, 0x02);
    private static final Color CHECK = new Color(0x1b, 0x6c, 0xa8);
    private static final Color ALIKE = new Color(0x75, 0x70, 0xb3);
    private static final Color INPUT = new Color(0x99, 0x99, 0x99);
    private static final Color SIMULATED = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    /** A chart written to the report: its file name under charts/, and its title. */
    record Chart(String file, String title, int width, int height) {
    }

    private ReportCharts() {
    }

    /**
     * The relative error of every compared figure, one row each: the simulated value over the observed
     * one (over the nearer end of a source's range) on a log axis, so that a miss of seven times too
     * high lies as far from 1 as one of seven times too low, whatever the figure's unit. Rows are grouped
     * by class (the independent checks first, then the targets, the figures the same as a target and
     * the inputs), each group sorted by the ratio; lines mark 1 and the checks' tolerance (0.5 and 1.5).
     * Of an ensemble, the point is the replicas' median and the bar their 5-95% band.
     */
    static Chart overview(Path dir, List<Comparison> comparisons, EnsembleValidation ensemble) throws IOException {
        List<FigureClass> order = List.of(FigureClass.CHECK, FigureClass.TARGET, FigureClass.TARGET_ALIKE, FigureClass.INPUT);
        List<Comparison> rows = new ArrayList<>();
        for (FigureClass k : order) {
            comparisons.stream().filter(c -> c.figureClass() == k && Double.isFinite(c.ratio()))
                    .sorted(Comparator.comparingDouble(Comparison::ratio).reversed()).forEach(rows::add);
        }
        // The first row is drawn at the top.
        String[] labels = new String[rows.size()];
        Map<FigureClass, XYIntervalSeries> series = new LinkedHashMap<>();
        for (FigureClass k : order) {
            series.put(k, new XYIntervalSeries(overviewName(k)));
        }
        double min = 1 - Comparisons.CHECK_TOLERANCE;
        double max = 1 + Comparisons.CHECK_TOLERANCE;
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            int y = rows.size() - 1 - i;
            labels[y] = c.observation().id();
            double ratio = c.ratio();
            double low = ratio;
            double high = ratio;
            Band b = ensemble == null ? null : ensemble.band(c);
            if (b != null) {
                low = Math.min(ratio, finiteOr(c.ratioAt(b.p05()), ratio));
                high = Math.max(ratio, finiteOr(c.ratioAt(b.p95()), ratio));
            }
            series.get(c.figureClass()).add(ratio, low, high, y, y, y);
            min = Math.min(min, low);
            max = Math.max(max, high);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        LogAxis x = new LogAxis("simulated / observed (the nearer end of a source's range; 1 inside it), log scale, ticks at powers of two");
        x.setRange(min / 1.3, max * 1.3);
        x.setTickUnit(new NumberTickUnit(Math.log10(2)));
        x.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        y.setGridBandsVisible(false);
        y.setRange(-0.7, Math.max(rows.size(), 1) - 0.3);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(ensemble != null);
        r.setDefaultLinesVisible(false);
        Color[] colours = {CHECK, TARGET, ALIKE, INPUT};
        for (int k = 0; k < colours.length; k++) {
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesShape(k, k == 1 ? new Rectangle2D.Double(-4, -4, 8, 8) : new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addDomainMarker(new ValueMarker(1, SIMULATED, new BasicStroke(1.5f)));
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
        plot.addDomainMarker(new ValueMarker(1 - Comparisons.CHECK_TOLERANCE, Color.GRAY, dashed));
        plot.addDomainMarker(new ValueMarker(1 + Comparisons.CHECK_TOLERANCE, Color.GRAY, dashed));
        String title = ensemble == null ? "Relative error of every compared figure: the run over the source"
                : "Relative error of every compared figure: the replicas' median over the source, with their 5-95% band";
        int height = Math.max(HEIGHT, 110 + 13 * rows.size());
        return save(dir, "overview.png", new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), WIDTH, height);
    }

    private static String overviewName(FigureClass k) {
        return switch (k) {
            case CHECK -> "independent checks (the summary's)";
            case TARGET -> "targets (the fit)";
            case TARGET_ALIKE -> "the same as a target";
            default -> "inputs (never scored)";
        };
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    /**
     * Conflict groups: each group's figures divided by the group's median figure, so that groups in
     * different units share one axis; the sources' spread as a bar and the run as a point. With an
     * ensemble's {@code bands} (one per group, null where no replica has a value), the point is the
     * band's median with the band as its bar, cut at the sources' lowest figure if it reaches zero (a
     * log axis has no zero).
     */
    static Chart conflicts(Path dir, List<ConflictGroup> groups, List<Band> bands) throws IOException {
        XYIntervalSeries sources = new XYIntervalSeries("the sources' figures (lowest to highest)");
        XYIntervalSeries run = new XYIntervalSeries(bands == null ? "the run (mean, and its values over the members' periods)" : "the replicas' median and 5-95% band");
        double floor = groups.stream().mapToDouble(g -> g.low() / g.median()).filter(v -> v > 0).min().orElse(1e-3);
        for (int k = 1; k <= groups.size(); k++) {
            ConflictGroup g = groups.get(k - 1);
            double median = g.median();
            sources.add(k, k, k, 1, g.low() / median, g.high() / median);
            Band band = bands == null ? null : bands.get(k - 1);
            double sim = (bands == null ? g.simulated() : band == null ? Double.NaN : band.median()) / median;
            if (Double.isFinite(sim)) {
                // A single run's bar spans its values for the members' periods, which may differ.
                double low = band == null ? g.simulatedLow() / median : band.p05() > 0 ? band.p05() / median : Math.min(floor, sim);
                run.add(k, k, k, sim, low, band == null ? g.simulatedHigh() / median : band.p95() / median);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(sources);
        data.addSeries(run);
        NumberAxis x = new NumberAxis("conflict group (numbered as in the table below)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis y = new LogAxis("value over the group's median figure");
        y.setNumberFormatOverride(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, CHECK);
        r.setSeriesPaint(1, TARGET);
        r.setSeriesShape(0, new Rectangle2D.Double(-2, -2, 4, 4));
        r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setErrorStroke(new BasicStroke(3f));
        XYPlot plot = new XYPlot(data, x, y, r);
        String title = "Conflict groups: the sources' spread and the " + (bands == null ? "run" : "ensemble");
        return save(dir, "conflicts.png", new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /**
     * One chart per indicator, origin, destination and sex with observations: the run's value for
     * every complete year as a line (of an ensemble, the replicas' median in their shaded 5-95% band),
     * the observations as points with their ranges.
     */
    static List<Chart> series(Path dir, List<Comparison> comparisons, YearTable table, SimulatedFigures run, EnsembleValidation ensemble)
            throws IOException {
        Map<String, List<Comparison>> byKind = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            Observation o = c.observation();
            byKind.computeIfAbsent(o.indicator() + "|" + o.origin() + "|" + o.destination() + "|" + o.sex() + "|" + o.unit().base(),
                    key -> new ArrayList<>()).add(c);
        }
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (List<Comparison> kind : byKind.values()) {
            Observation first = kind.get(0).observation();
            XYDataset simulated = ensemble == null ? yearly(first, table, run) : yearlyBand(first, table, ensemble);
            XYIntervalSeries observed = new XYIntervalSeries("observed");
            for (Comparison c : kind) {
                Observation o = c.observation();
                double start = o.period().first() + (o.period().half() == 2 ? 0.5 : 0);
                double end = o.period().halfYear() ? start + 0.5 : o.period().last() + 1;
                // A flow over several years or half a year is a total: drawn against yearly values, it is put at a yearly rate.
                double per = SimulatedFigures.FLOWS.contains(o.indicator()) ? o.period().months() / 12.0 : 1;
                observed.add((start + end) / 2, start, end, o.baseValue() / per, o.baseLowEnd() / per, o.baseHighEnd() / per);
            }
            if (simulated.getItemCount(0) == 0) {
                continue;
            }
            XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
            points.addSeries(observed);
            XYErrorRenderer pointRenderer = new XYErrorRenderer();
            pointRenderer.setDefaultLinesVisible(false);
            pointRenderer.setSeriesPaint(0, TARGET);
            pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            NumberAxis x = new NumberAxis("year");
            x.setAutoRangeIncludesZero(false);
            x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            NumberAxis y = new NumberAxis(first.unit().base().replace('_', ' '));
            y.setAutoRangeIncludesZero(true);
            XYPlot plot = new XYPlot(points, x, y, pointRenderer);
            XYLineAndShapeRenderer lineRenderer = ensemble == null ? new XYLineAndShapeRenderer(true, false) : shadedBand();
            lineRenderer.setSeriesPaint(0, SIMULATED);
            lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
            plot.setDataset(1, simulated);
            plot.setRenderer(1, lineRenderer);
            String title = first.indicator().replace('_', ' ') + ": " + first.who();
            charts.add(save(dir, String.format("series-%02d.png", ++n), new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true)));
        }
        return charts;
    }

    /** The run's value of an observation's kind for every complete year. */
    private static XYSeriesCollection yearly(Observation kind, YearTable table, SimulatedFigures run) {
        XYSeries simulated = new XYSeries("the run, each year");
        for (int year = table.firstYear(); year <= table.lastYear(); year++) {
            if (table.complete(year) && run.of(kind.withPeriod(new Period(year, year))) instanceof Simulated.Value v) {
                simulated.add(year + 0.5, v.value());
            }
        }
        return new XYSeriesCollection(simulated);
    }

    /** The replicas' median and band of an observation's kind for every complete year (the replicas share their months). */
    private static YIntervalSeriesCollection yearlyBand(Observation kind, YearTable table, EnsembleValidation ensemble) {
        YIntervalSeries simulated = new YIntervalSeries("the replicas' median and 5-95% band, each year");
        for (int year = table.firstYear(); year <= table.lastYear(); year++) {
            Band b = table.complete(year) ? ensemble.band(kind.withPeriod(new Period(year, year))) : null;
            if (b != null) {
                simulated.add(year + 0.5, b.median(), b.p05(), b.p95());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(simulated);
        return data;
    }

    private static DeviationRenderer shadedBand() {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesFillPaint(0, SIMULATED);
        r.setAlpha(0.2f);
        return r;
    }

    private static Chart save(Path dir, String file, JFreeChart chart) throws IOException {
        return save(dir, file, chart, WIDTH, HEIGHT);
    }

    private static Chart save(Path dir, String file, JFreeChart chart, int width, int height) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, width, height);
        return new Chart("charts/" + file, chart.getTitle().getText(), width, height);
    }
}
