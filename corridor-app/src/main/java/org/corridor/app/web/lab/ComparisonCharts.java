package org.corridor.app.web.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.corridor.app.simulate.CompareCommand;
import org.corridor.app.web.runs.RunSeries;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.sim.world.Origin;

/**
 * The lab's charts of a run against its baseline (same scale, seed and period): the run's lines solid,
 * the baseline's dashed. Without a baseline (the run is one), the run alone.
 */
public final class ComparisonCharts {
    private static final String BASELINE_GREY = "#888888";
    private static final List<String> STATES = List.of("legal_worker", "legal_visitor", "unauthorised_work", "irregular");

    private ComparisonCharts() {
    }

    /**
     * @param run the run's monthly totals
     * @param gdp GDP in US$ million by country and year (the evidence module's macro input)
     */
    static List<LineChart> of(RunSeries.Table run, Optional<RunSeries.Table> baseline, MacroTable gdp) {
        List<LineChart> charts = new ArrayList<>();
        charts.add(legalStatus(run, baseline));
        charts.add(single("banned", "People under a re-entry ban", "people", "banned", run, baseline));
        charts.add(single("new-bans", "New re-entry bans a month", "people", "newly_banned", run, baseline));
        charts.add(single("remittances", "Remittances sent home a month", "US dollars", "remittances_usd", run, baseline));
        gdpShare(run, baseline, gdp).ifPresent(charts::add);
        charts.add(single("children", "Children at home with one or both parents abroad", "children", "children_parents_abroad", run, baseline));
        return charts;
    }

    private static LineChart legalStatus(RunSeries.Table run, Optional<RunSeries.Table> baseline) {
        List<LineChart.Line> lines = new ArrayList<>();
        List<LineChart.Key> legend = new ArrayList<>();
        for (int k = 0; k < STATES.size(); k++) {
            String column = "abroad_" + STATES.get(k);
            String colour = LineChart.PALETTE.get(k);
            String label = STATES.get(k).replace('_', ' ');
            baseline.ifPresent(b -> lines.add(new LineChart.Line(label + " (baseline)", colour, true, b.column(column))));
            lines.add(new LineChart.Line(label, colour, false, run.column(column)));
            legend.add(new LineChart.Key(colour, false, label));
        }
        if (baseline.isPresent()) {
            legend.add(new LineChart.Key(BASELINE_GREY, true, "dashed: baseline"));
        }
        return LineChart.of("legal-status", "Migrants abroad by legal status", "people", run.periods(), lines, legend);
    }

    private static LineChart single(String id, String title, String unit, String column, RunSeries.Table run, Optional<RunSeries.Table> baseline) {
        List<LineChart.Line> lines = new ArrayList<>();
        List<LineChart.Key> legend = new ArrayList<>();
        baseline.ifPresent(b -> {
            lines.add(new LineChart.Line("baseline", BASELINE_GREY, true, b.column(column)));
            legend.add(new LineChart.Key(BASELINE_GREY, true, "baseline"));
        });
        lines.add(new LineChart.Line("this run", LineChart.PALETTE.get(0), false, run.column(column)));
        legend.add(0, new LineChart.Key(LineChart.PALETTE.get(0), false, "this run"));
        return LineChart.of(id, title, unit, run.periods(), lines, legend);
    }

    /**
     * Recorded remittances as a share of the three origins' GDP, by year: each whole year's remittances
     * through operators and banks (what the World Bank's shares count, so that the two can be set side by
     * side) over the sum of Tajikistan's, Kyrgyzstan's and Uzbekistan's GDP in current dollars. Years the
     * run covers only in part, or without GDP, are left out.
     */
    private static Optional<LineChart> gdpShare(RunSeries.Table run, Optional<RunSeries.Table> baseline, MacroTable gdp) {
        Map<String, Integer> months = new TreeMap<>();
        for (String month : run.periods()) {
            months.merge(month.substring(0, 4), 1, Integer::sum);
        }
        List<String> years = new ArrayList<>();
        List<Double> gdpUsd = new ArrayList<>();
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            int year = Integer.parseInt(e.getKey());
            double sum = 0;
            boolean all = e.getValue() == 12;
            for (Origin o : Origin.ALL) {
                OptionalDouble v = gdp.value(o.name(), year);
                all &= v.isPresent();
                sum += v.orElse(0) * 1e6;
            }
            if (all && sum > 0) {
                years.add(e.getKey());
                gdpUsd.add(sum);
            }
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<LineChart.Line> lines = new ArrayList<>();
        List<LineChart.Key> legend = new ArrayList<>();
        baseline.ifPresent(b -> {
            lines.add(new LineChart.Line("baseline", BASELINE_GREY, true, shares(b, years, gdpUsd)));
            legend.add(new LineChart.Key(BASELINE_GREY, true, "baseline"));
        });
        lines.add(new LineChart.Line("this run", LineChart.PALETTE.get(0), false, shares(run, years, gdpUsd)));
        legend.add(0, new LineChart.Key(LineChart.PALETTE.get(0), false, "this run"));
        return Optional.of(LineChart.of("remittances-gdp",
                "Recorded remittances as a share of GDP (through operators and banks; Tajikistan, Kyrgyzstan and Uzbekistan together)",
                "percent", years, lines, legend));
    }

    private static double[] shares(RunSeries.Table t, List<String> years, List<Double> gdpUsd) {
        double[] remittances = t.column("remittances_recorded_usd");
        double[] share = new double[years.size()];
        for (int i = 0; i < t.periods().size(); i++) {
            int k = years.indexOf(t.periods().get(i).substring(0, 4));
            if (k >= 0) {
                share[k] += 100 * remittances[i] / gdpUsd.get(k);
            }
        }
        return share;
    }

    /** A row of the summary table: the last year's value in the run and the baseline, and the change. */
    public record SummaryRow(String label, String run, String baseline, String change) {
    }

    static List<SummaryRow> summary(RunSeries.Table run, Optional<RunSeries.Table> baseline) {
        List<SummaryRow> rows = new ArrayList<>();
        int last = run.periods().size() - 1;
        if (last < 0) {
            return rows;
        }
        for (RunSeries.Column c : RunSeries.COLUMNS) {
            double a = run.column(c.name())[last];
            String b = baseline.map(t -> whole(t.column(c.name())[last])).orElse("");
            String change = baseline.map(t -> CompareCommand.change(t.column(c.name())[last], a)).orElse("");
            rows.add(new SummaryRow(c.label() + (c.stock() ? " (average)" : " (in the year)") + (c.unit().equals("USD") ? ", USD" : ""),
                    whole(a), b, change));
        }
        return rows;
    }

    private static String whole(double v) {
        return String.format(Locale.ENGLISH, "%,.0f", v);
    }
}
