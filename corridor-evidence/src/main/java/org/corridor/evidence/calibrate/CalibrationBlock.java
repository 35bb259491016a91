package org.corridor.evidence.calibrate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.evidence.compare.Comparison;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioText;

/**
 * The part of the baseline scenario's file that {@code corridor calibrate} owns: the fitted
 * {@code behaviour:} values and a {@code calibration:} record of when, how, against which targets
 * and with what errors. Everything from the marker line down is replaced on each calibration; the
 * text above it is the scenario's own and is kept as it is.
 */
public final class CalibrationBlock {
    public static final String MARKER = "# --- calibration: written by corridor calibrate; edit above this line only ---";

    private CalibrationBlock() {
    }

    /**
     * @param base the scenario the calibration started from: its behaviour values that were not fitted
     *     are written too, so the file reproduces the runs the fit was measured on
     */
    public static String render(Calibrator.Result r, Scenario base, LocalDate date) {
        return render(r, base, date, null);
    }

    /**
     * A calibration held back in time: the year its figures end, and the free parameters no target of
     * those years informs (kept at the hand-set values of behaviour.yaml, which it starts from).
     */
    public record HeldBack(int until, List<String> notFitted) {
        public HeldBack {
            notFitted = List.copyOf(notFitted);
        }
    }

    /** The block, with the held-back calibration's record when {@code heldBack} is not null. */
    public static String render(Calibrator.Result r, Scenario base, LocalDate date, HeldBack heldBack) {
        StringBuilder b = new StringBuilder(MARKER).append('\n');
        b.append("# The fitted values replace the hand-set ones of behaviour.yaml in this scenario and in every\n");
        b.append("# scenario that extends it. Free parameters and bounds: corridor-evidence free-parameters.csv;\n");
        b.append("# targets: corridor-evidence targets.csv and series-targets.csv (docs/EVIDENCE.md).\n");
        b.append("behaviour:\n");
        for (Map.Entry<String, List<Double>> e : r.scenarioValues(base).entrySet()) {
            boolean perOrigin = r.free().stream().anyMatch(p -> p.parameter().equals(e.getKey()) && p.perOrigin());
            b.append("  ").append(e.getKey()).append(": ").append(values(e.getValue(), perOrigin)).append('\n');
        }
        Calibrator.Settings s = r.settings();
        b.append("calibration:\n");
        b.append("  date: ").append(date).append('\n');
        b.append("  method: \"").append(s.method() == Calibrator.Method.BOBYQA ? "BOBYQA" : "CMA-ES")
                .append(" (Hipparchus) on the unit cube of the bounds, ").append(r.evaluations()).append(" evaluations; seeds ")
                .append(s.seeds()).append(", scale ").append(s.scale()).append(", ").append(s.from()).append(" to ").append(s.to())
                .append(", burn-in ").append(s.burnIn()).append(" months\"\n");
        b.append("  objective: {start: ").append(number(r.startObjective())).append(", fitted: ").append(number(r.objective()))
                .append(", what: \"weighted mean squared log error of the targets\"}\n");
        b.append("  parameters: [").append(String.join(", ", r.values().keySet())).append("]\n");
        if (heldBack != null) {
            b.append("  held_back: {until: ").append(heldBack.until()).append(", not_fitted: [").append(String.join(", ", heldBack.notFitted()))
                    .append("], what: \"targets are only the figures dated up to ").append(heldBack.until())
                    .append("; the parameters not fitted (no such target informs them) keep their hand-set values; the fit starts from the hand-set values, not from a fit that saw later figures\"}\n");
        }
        b.append("  targets:\n");
        for (Comparison c : r.fits()) {
            b.append("    - {observation: ").append(c.observation().id())
                    .append(", observed: ").append(number(c.observation().baseValue()))
                    .append(", simulated: ").append(number(c.simulatedValue()))
                    .append(", error_percent: ").append(String.format(Locale.ROOT, "%.1f", 100 * c.relativeError()))
                    .append(", tolerance_percent: ").append(String.format(Locale.ROOT, "%.0f", 100 * c.tolerance()))
                    .append(", within: ").append(c.withinTolerance()).append("}\n");
        }
        return b.toString();
    }

    /**
     * Refuses a scenario whose own text (above the marker) has a top-level {@code behaviour:} or
     * {@code calibration:}: the block writes both, and a second key would silently replace the first.
     */
    public static void checkHead(String text) {
        int at = text.indexOf(MARKER);
        String head = at < 0 ? text : text.substring(0, at);
        for (String line : head.split("\n")) {
            if (line.startsWith("behaviour:") || line.startsWith("calibration:")) {
                throw new IllegalArgumentException("has its own '" + line.substring(0, line.indexOf(':') + 1)
                        + "' above the calibration marker; move those values into a scenario that extends it");
            }
        }
    }

    /**
     * The scenario without its calibration block: what it is with behaviour.yaml's hand-set values. A
     * calibration held back in time starts from it, so that no value fitted to the later figures it holds
     * back enters its fit.
     */
    public static ScenarioText uncalibrated(ScenarioText scenario) {
        int at = scenario.text().indexOf(MARKER);
        return at < 0 ? scenario : new ScenarioText(scenario.file(), scenario.text().substring(0, at));
    }

    /**
     * A new scenario file for a calibration held back in time: it extends the baseline, runs over the
     * base's period, and carries the block (fitted values and the record). Never the shipped baseline.
     */
    public static String heldBackScenario(Scenario base, int until, String block) {
        return "name: held-back-" + until + "\n"
                + "description: >-\n"
                + "  The baseline calibrated on the figures dated up to " + until + " only (corridor calibrate --held-back " + until + "):\n"
                + "  the figures after " + until + ", the World Bank series included, are checks of it (docs/EVIDENCE.md).\n"
                + "extends: baseline\n"
                + "period: {from: " + base.from() + ", to: " + base.to() + "}\n"
                + block;
    }

    /** Writes a whole file atomically: a temporary file beside it, flushed to disk, then one move. */
    public static void writeNew(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".calibration", ".yaml");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file's text with the block replaced (or added at the end). */
    public static String replaceIn(String text, String block) {
        checkHead(text);
        int at = text.indexOf(MARKER);
        String head = at < 0 ? text : text.substring(0, at);
        if (!head.isEmpty() && !head.endsWith("\n")) {
            head += "\n";
        }
        return head + block;
    }

    /**
     * Writes the block into the scenario file: a temporary file beside it, with the original's
     * permissions, flushed to disk, then one atomic move.
     */
    public static void write(Path scenarioFile, String block) throws IOException {
        String text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        Path tmp = Files.createTempFile(scenarioFile.toAbsolutePath().getParent(), ".calibration", ".yaml");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(replaceIn(text, block).getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(scenarioFile));
            }
            Files.move(tmp, scenarioFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String values(List<Double> values, boolean perOrigin) {
        if (values.size() == 1) {
            return number(values.get(0));
        }
        if (perOrigin) {
            return "{TJ: " + number(values.get(0)) + ", KG: " + number(values.get(1)) + ", UZ: " + number(values.get(2)) + "}";
        }
        return "[" + String.join(", ", values.stream().map(CalibrationBlock::number).toList()) + "]";
    }

    /** Four significant digits, as the block writes numbers. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return ".nan";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
