package org.corridor.app.simulate;

import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart of ensembles' bands over the months: for each, the median as a line in a darker 25-75% band
 * and a light 5-95% band, in one colour per ensemble.
 */
final class BandChart {
    static final String KEY = "line: median of the replicas; dark band: 25-75%; light band: 5-95%";

    private BandChart() {
    }

    /** One ensemble's band for each month, and its name in the legend. */
    record Bands(String name, List<YearMonth> months, List<Band> values) {
    }

    static void write(Path file, String title, String unit, List<Bands> ensembles) throws IOException {
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        for (Bands e : ensembles) {
            YIntervalSeries middle = new YIntervalSeries(e.name());
            YIntervalSeries wide = new YIntervalSeries(e.name() + " 5-95%");
            for (int k = 0; k < e.months().size(); k++) {
                YearMonth m = e.months().get(k);
                double x = new Month(m.getMonthValue(), m.getYear()).getFirstMillisecond();
                Band b = e.values().get(k);
                middle.add(x, b.median(), b.p25(), b.p75());
                wide.add(x, b.median(), b.p05(), b.p95());
            }
            inner.addSeries(middle);
            outer.addSeries(wide);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "month", unit, inner, true, false, false);
        chart.addSubtitle(new TextTitle(KEY, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        XYPlot plot = chart.getXYPlot();
        // Both bands take the colour Charts.save gives the median lines (dataset 0), so the palette stays in one place.
        IntFunction<Paint> lineColour = series -> plot.getRenderer(0).getItemPaint(series, 0);
        plot.setRenderer(0, new BandRenderer(true, 0.35f, lineColour));
        plot.setDataset(1, outer);
        BandRenderer wide = new BandRenderer(false, 0.15f, lineColour);
        wide.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(1, wide);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // the wide bands first, the medians on top
        Charts.save(file, chart);
    }

    /** A band (with or without its median line) filled in the colour of a line, translucent. */
    private static final class BandRenderer extends DeviationRenderer {
        private static final long serialVersionUID = 1L;
        private final transient IntFunction<Paint> fill;

        BandRenderer(boolean line, float alpha, IntFunction<Paint> fill) {
            super(line, false);
            this.fill = fill;
            setAlpha(alpha);
        }

        @Override
        public Paint lookupSeriesFillPaint(int series) {
            return fill.apply(series);
        }
    }
}
