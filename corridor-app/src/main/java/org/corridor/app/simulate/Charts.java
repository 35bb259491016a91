package org.corridor.app.simulate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The run's charts, as PNG: line charts of monthly full-population estimates. */
final class Charts {
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
    private static final Color[] PALETTE = {new Color(0x1b, 0x6c, 0xa8), new Color(0xd9, 0x5f, 0x02), new Color(0x1b, 0x9e, 0x77),
        new Color(0x75, 0x70, 0xb3), new Color(0xe7, 0x29, 0x8a), new Color(0x66, 0x66, 0x66)};

    private Charts() {
    }

    /** A named line of a chart: a value per month. */
    record Line(String name, ToDoubleFunction<Tally> value) {
    }

    static void writeAll(Path dir, List<YearMonth> months, List<Tally> tallies, double scale, String scenario) throws IOException {
        List<Line> byOrigin = Origin.ALL.length == 3 ? List.of(
                new Line("Tajikistan", t -> t.total(Origin.TJ.ordinal(), Measure.ABROAD)),
                new Line("Kyrgyzstan", t -> t.total(Origin.KG.ordinal(), Measure.ABROAD)),
                new Line("Uzbekistan", t -> t.total(Origin.UZ.ordinal(), Measure.ABROAD))) : List.of();
        write(dir.resolve("abroad-by-origin.png"), "Migrants abroad by origin (" + scenario + ")", "people", months, tallies, scale, byOrigin);
        write(dir.resolve("abroad-by-destination.png"), "Migrants abroad by destination (" + scenario + ")", "people", months, tallies, scale,
                java.util.Arrays.stream(Place.DESTINATIONS).map(p -> new Line(label(p), (ToDoubleFunction<Tally>) t -> sumAtPlace(t, p, Measure.ABROAD))).toList());
        List<Line> byState = new java.util.ArrayList<>(java.util.Arrays.stream(LegalState.ALL).filter(s -> s != LegalState.HOME)
                .map(s -> new Line(s.key(), (ToDoubleFunction<Tally>) t -> sumInState(t, s, Measure.ABROAD))).toList());
        // from 2025-02-05 the irregular in Russia meet the grounds of the register of controlled persons
        byState.add(new Line("listed (Russia's register, from 2025)", t -> {
            double sum = 0;
            for (Origin o : Origin.ALL) {
                sum += t.total(o.ordinal(), Measure.LISTED);
            }
            return sum;
        }));
        write(dir.resolve("legal-status.png"), "Migrants abroad by legal status (" + scenario + ")", "people", months, tallies, scale, byState);
        write(dir.resolve("bans.png"), "People under a re-entry ban, by origin (" + scenario + ")", "people", months, tallies, scale, List.of(
                new Line("Tajikistan", t -> t.total(Origin.TJ.ordinal(), Measure.BANNED)),
                new Line("Kyrgyzstan", t -> t.total(Origin.KG.ordinal(), Measure.BANNED)),
                new Line("Uzbekistan", t -> t.total(Origin.UZ.ordinal(), Measure.BANNED))));
        write(dir.resolve("remittances.png"), "Remittances sent per month, by origin (" + scenario + ")", "US dollars", months, tallies, scale, List.of(
                new Line("Tajikistan", t -> t.total(Origin.TJ.ordinal(), Measure.REMITTANCES_USD)),
                new Line("Kyrgyzstan", t -> t.total(Origin.KG.ordinal(), Measure.REMITTANCES_USD)),
                new Line("Uzbekistan", t -> t.total(Origin.UZ.ordinal(), Measure.REMITTANCES_USD))));
    }

    static void write(Path file, String title, String unit, List<YearMonth> months, List<Tally> tallies, double scale, List<Line> lines)
            throws IOException {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Line line : lines) {
            TimeSeries s = new TimeSeries(line.name());
            for (int k = 0; k < months.size(); k++) {
                YearMonth m = months.get(k);
                s.add(new Month(m.getMonthValue(), m.getYear()), line.value().applyAsDouble(tallies.get(k)) / scale);
            }
            data.addSeries(s);
        }
        save(file, ChartFactory.createTimeSeriesChart(title, "month", unit, data, true, false, false));
    }

    static void save(Path file, JFreeChart chart) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        XYItemRenderer r = plot.getRenderer();
        for (int k = 0; k < plot.getSeriesCount(); k++) {
            r.setSeriesPaint(k, PALETTE[k % PALETTE.length]);
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    static String label(Place p) {
        return switch (p) {
            case RU_MOW -> "Moscow";
            case RU_SPE -> "St Petersburg";
            case RU_OTHER -> "rest of Russia";
            case KZ -> "Kazakhstan";
            case TR -> "Turkey";
            case HOME -> "home";
        };
    }

    static double sumAtPlace(Tally t, Place p, Measure m) {
        double sum = 0;
        for (Origin o : Origin.ALL) {
            sum += t.atPlace(o.ordinal(), p.ordinal(), m);
        }
        return sum;
    }

    static double sumInState(Tally t, LegalState s, Measure m) {
        double sum = 0;
        for (Origin o : Origin.ALL) {
            for (Place p : Place.DESTINATIONS) {
                for (int sex = 0; sex < 2; sex++) {
                    sum += t.get(o.ordinal(), p.ordinal(), sex, s.ordinal(), m);
                }
            }
        }
        return sum;
    }
}
