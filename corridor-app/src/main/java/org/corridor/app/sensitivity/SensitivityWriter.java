package org.corridor.app.sensitivity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.app.Version;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.spark.headline.HeadlineCell;
import org.corridor.spark.headline.HeadlineValues;
import org.corridor.spark.sensitivity.MorrisIndex;
import org.corridor.spark.sensitivity.SensitivitySpec;
import org.corridor.spark.sensitivity.SensitivityStudy;
import org.corridor.spark.sensitivity.SobolIndex;
import org.corridor.spark.uncertainty.Factor;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Writes a sensitivity analysis's folder, all at once or not at all: {@code indices.csv} (every
 * output's indices, ranked, for each answer), {@code screen.csv} (Morris: the parameters ranked for
 * the scenario's answer, what {@code --screen} reads), {@code runs.csv} (every run's figures),
 * {@code signs.csv} (whether the scenario's answer keeps its sign over the design's points),
 * {@code ranking.png} and {@code manifest.json} (the spec, the engine, the run count and wall time).
 */
public final class SensitivityWriter {
    public static final String SCREEN = "screen.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SensitivityWriter() {
    }

    static void write(Path destination, SensitivitySpec spec, SensitivityStudy study, List<HeadlineValues> values,
                      List<SensitivityStudy.Result> results, String engine, double wallSeconds) throws IOException {
        try (OutputDirectory out = OutputDirectory.open(destination)) {
            writeIndices(out.path("indices.csv"), study, results);
            List<Score> scenarioScores = null;
            if (spec.method() == SensitivitySpec.Method.MORRIS) {
                Map<SensitivityStudy.Answer, List<Score>> scores = new LinkedHashMap<>();
                for (SensitivityStudy.Answer a : SensitivityStudy.Answer.values()) {
                    List<Score> s = scores(study, results, a);
                    if (!s.isEmpty()) {
                        scores.put(a, s);
                    }
                }
                SensitivityStudy.Answer answer = scores.containsKey(SensitivityStudy.Answer.DIFFERENCE) ? SensitivityStudy.Answer.DIFFERENCE
                        : SensitivityStudy.Answer.SCENARIO;
                scenarioScores = scores.get(answer);
                writeScreen(out.path(SCREEN), scores);
                chart(out.path("ranking.png"), scores, study.scenario().name());
            }
            writeRuns(out.path("runs.csv"), spec.cells(), values);
            if (spec.baseline() != null) {
                writeSigns(out.path("signs.csv"), spec.cells(), values);
            }
            JSON.writeValue(out.path("manifest.json").toFile(), manifest(spec, study, engine, wallSeconds, scenarioScores));
            out.commit();
        }
    }

    /**
     * A parameter's Morris score for one answer: over the outputs, the mean of its mu* over the largest
     * mu* of that output (its strongest factor's, for a parameter of several), so outputs of different
     * units weigh the same; and in how many outputs it stands above the noise (its mu* above the upper
     * end of the dummy's interval).
     */
    record Score(String parameter, double score, int aboveNoise, int outputs) {
    }

    static List<Score> scores(SensitivityStudy study, List<SensitivityStudy.Result> results, SensitivityStudy.Answer answer) {
        List<String> names = study.factorNames();
        int dummy = names.size() - 1;
        Map<String, double[]> sums = new LinkedHashMap<>(); // parameter -> {sum of normalised mu*, outputs above noise}
        int outputs = 0;
        for (SensitivityStudy.Result r : results) {
            if (r.answer() != answer || r.morris().isEmpty()) {
                continue;
            }
            outputs++;
            double max = r.morris().stream().mapToDouble(MorrisIndex::muStar).max().orElse(0);
            double noise = r.morris().get(dummy).muStarHigh();
            Map<String, double[]> best = new LinkedHashMap<>();
            for (MorrisIndex m : r.morris()) {
                String parameter = m.factor() == dummy ? SensitivityStudy.DUMMY : study.factors().get(m.factor()).parameter();
                double[] b = best.computeIfAbsent(parameter, p -> new double[2]);
                b[0] = Math.max(b[0], max > 0 ? m.muStar() / max : 0);
                b[1] = Math.max(b[1], m.factor() != dummy && m.muStar() > noise ? 1 : 0);
            }
            best.forEach((p, b) -> {
                double[] s = sums.computeIfAbsent(p, x -> new double[2]);
                s[0] += b[0];
                s[1] += b[1];
            });
        }
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            scores.add(new Score(e.getKey(), e.getValue()[0] / outputs, (int) e.getValue()[1], outputs));
        }
        scores.sort(Comparator.comparingDouble(Score::score).reversed().thenComparing(Score::parameter));
        return scores;
    }

    private static void writeIndices(Path file, SensitivityStudy study, List<SensitivityStudy.Result> results) throws IOException {
        List<String> names = study.factorNames();
        try (Writer w = writer(file)) {
            boolean morris = results.stream().anyMatch(r -> !r.morris().isEmpty());
            w.write(morris ? "answer,output,rank,factor,mu,mu_star,sigma,mu_star_low,mu_star_high\n"
                    : "answer,output,rank,factor,first,first_low,first_high,total,total_low,total_high\n");
            for (SensitivityStudy.Result r : results) {
                String head = r.answer().name().toLowerCase(Locale.ROOT) + "," + r.cell().name() + ",";
                if (r.morris().isEmpty() && r.sobol().isEmpty()) {
                    w.write(head + ",(not computable: the figure is undefined in some run),,,,,\n");
                    continue;
                }
                int rank = 1;
                for (MorrisIndex m : MorrisIndex.rankByMuStar(r.morris())) {
                    w.write(head + rank++ + "," + quote(names.get(m.factor())) + "," + num(m.mu()) + "," + num(m.muStar()) + "," + num(m.sigma())
                            + "," + num(m.muStarLow()) + "," + num(m.muStarHigh()) + "\n");
                }
                for (SobolIndex s : SobolIndex.rankByTotal(r.sobol())) {
                    w.write(head + rank++ + "," + quote(names.get(s.group())) + "," + num(s.first()) + "," + num(s.firstLow()) + ","
                            + num(s.firstHigh()) + "," + num(s.total()) + "," + num(s.totalLow()) + "," + num(s.totalHigh()) + "\n");
                }
            }
        }
    }

    private static void writeScreen(Path file, Map<SensitivityStudy.Answer, List<Score>> scores) throws IOException {
        try (Writer w = writer(file)) {
            w.write("answer,rank,parameter,score,outputs_above_noise,outputs\n");
            for (Map.Entry<SensitivityStudy.Answer, List<Score>> e : scores.entrySet()) {
                int rank = 1;
                for (Score s : e.getValue()) {
                    w.write(e.getKey().name().toLowerCase(Locale.ROOT) + "," + rank++ + "," + quote(s.parameter()) + ","
                            + String.format(Locale.ROOT, "%.4f", s.score()) + "," + s.aboveNoise() + "," + s.outputs() + "\n");
                }
            }
        }
    }

    /** The top parameters of a Morris screen for the scenario's answer (its difference from the baseline if there is one), the dummy left out. */
    static List<String> readScreen(Path file, int top) throws IOException {
        List<ScreenTable.Row> rows = ScreenTable.read(Files.readAllLines(file, StandardCharsets.UTF_8));
        String answer = rows.stream().anyMatch(r -> r.answer().equals("difference")) ? "difference" : "scenario";
        return ScreenTable.top(rows, answer, top).stream().map(ScreenTable.Row::parameter).toList();
    }

    private static void writeRuns(Path file, List<HeadlineCell> cells, List<HeadlineValues> values) throws IOException {
        try (Writer w = writer(file)) {
            w.write("arm,point,seed");
            for (HeadlineCell c : cells) {
                w.write("," + c.name().replace(' ', '_'));
            }
            w.write("\n");
            List<HeadlineValues> sorted = new ArrayList<>(values);
            sorted.sort(Comparator.comparing(HeadlineValues::key));
            for (HeadlineValues v : sorted) {
                w.write(v.key().arm().key() + "," + v.key().replica() + "," + v.key().seed());
                for (double x : v.values()) {
                    w.write("," + num(x));
                }
                w.write("\n");
            }
        }
    }

    /**
     * Whether the scenario's answer keeps its sign over the parameter space: for every output, the
     * scenario's difference from the baseline at every point of the design (the same seed and
     * parameters in both), how many points are below and above zero, and the range.
     */
    private static void writeSigns(Path file, List<HeadlineCell> cells, List<HeadlineValues> values) throws IOException {
        Map<Integer, double[]> scenario = new LinkedHashMap<>();
        Map<Integer, double[]> baseline = new LinkedHashMap<>();
        for (HeadlineValues v : values) {
            (v.key().arm() == org.corridor.spark.ensemble.Arm.BASELINE ? baseline : scenario).put(v.key().replica(), v.values());
        }
        try (Writer w = writer(file)) {
            w.write("output,points,below_zero,above_zero,min,median,max,changes_sign\n");
            for (int c = 0; c < cells.size(); c++) {
                List<Double> d = new ArrayList<>();
                for (Map.Entry<Integer, double[]> e : scenario.entrySet()) {
                    double[] b = baseline.get(e.getKey());
                    if (b != null && Double.isFinite(e.getValue()[c]) && Double.isFinite(b[c])) {
                        d.add(e.getValue()[c] - b[c]);
                    }
                }
                d.sort(Double::compare);
                long below = d.stream().filter(x -> x < 0).count();
                long above = d.stream().filter(x -> x > 0).count();
                w.write(cells.get(c).name() + "," + d.size() + "," + below + "," + above + "," + (d.isEmpty() ? "" : num(d.get(0))) + ","
                        + (d.isEmpty() ? "" : num(d.get(d.size() / 2))) + "," + (d.isEmpty() ? "" : num(d.get(d.size() - 1))) + ","
                        + (below > 0 && above > 0 ? "yes" : "no") + "\n");
            }
        }
    }

    private static void chart(Path file, Map<SensitivityStudy.Answer, List<Score>> scores, String scenario) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> top = new ArrayList<>();
        for (List<Score> s : scores.values()) {
            s.stream().limit(12).map(Score::parameter).filter(p -> !top.contains(p)).forEach(top::add);
        }
        if (!top.contains(SensitivityStudy.DUMMY)) {
            top.add(SensitivityStudy.DUMMY);
        }
        for (Map.Entry<SensitivityStudy.Answer, List<Score>> e : scores.entrySet()) {
            for (String p : top) {
                double v = e.getValue().stream().filter(s -> s.parameter().equals(p)).mapToDouble(Score::score).findFirst().orElse(0);
                data.addValue(v, e.getKey().name().toLowerCase(Locale.ROOT), p);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Morris screening of " + scenario + ": mean relative mu*",
                null, "score", data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, 120 + 28 * top.size() * Math.max(1, scores.size()) / 2 + 200);
    }

    private static ObjectNode manifest(SensitivitySpec spec, SensitivityStudy study, String engine, double wallSeconds, List<Score> scores) {
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "sensitivity");
        m.put("version", new Version().getVersion()[0]);
        m.put("method", spec.method().name().toLowerCase(Locale.ROOT));
        m.put("scenario", study.scenario().name());
        m.put("scenario_file", spec.scenario().file());
        m.put("baseline_file", spec.baseline() == null ? null : spec.baseline().file());
        m.put("scale", spec.scale());
        m.put("from", spec.from().toString());
        m.put("to", spec.to().toString());
        m.put("burn_in_months", spec.burnInMonths());
        m.put("seed", spec.seed());
        if (spec.method() == SensitivitySpec.Method.MORRIS) {
            m.put("trajectories", spec.trajectories());
            m.put("levels", spec.levels());
        } else {
            m.put("base_samples", spec.samples());
        }
        ArrayNode analysed = m.putArray("factors");
        study.factorNames().forEach(analysed::add);
        m.put("parameter_space_factors", study.factors().size());
        ArrayNode cells = m.putArray("outputs");
        spec.cells().forEach(c -> cells.add(c.name()));
        m.put("runs", study.runs());
        m.put("engine", engine);
        m.put("wall_seconds", Math.round(wallSeconds * 10) / 10.0);
        if (scores != null) {
            ArrayNode top = m.putArray("most_influential");
            scores.stream().filter(s -> !s.parameter().equals(SensitivityStudy.DUMMY)).limit(5).forEach(s -> top.add(s.parameter()));
        }
        ArrayNode bounds = m.putArray("factor_bounds");
        for (Factor f : study.factors()) {
            bounds.addObject().put("factor", f.name()).put("low", f.low()).put("high", f.high())
                    .put("basis", f.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return m;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains(" ") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }
}
