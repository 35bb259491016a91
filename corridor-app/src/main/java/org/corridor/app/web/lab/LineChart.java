package org.corridor.app.web.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart laid out for an inline SVG (the template draws it): the lines as SVG points, the axes'
 * ticks and the legend. Drawn on the server, so the page needs no script and no image requests.
 *
 * @param periods the x axis: months ({@code YYYY-MM}) or years, one per value of every line
 */
public record LineChart(String id, String title, String unit, List<Tick> yTicks, List<Tick> xTicks, List<Area> areas, List<Polyline> lines,
                        List<Key> legend) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 250;
    public static final int LEFT = 56;
    public static final int RIGHT = 630;
    public static final int TOP = 10;
    public static final int BOTTOM = 226;
    /** The same colours as the PNG charts of {@code corridor simulate}. */
    static final List<String> PALETTE = List.of("#1b6ca8", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#666666");

    /** A value on an axis and where it is drawn. */
    public record Tick(String label, double at) {
    }

    /** A drawn line: its colour, whether dashed, and its points as SVG wants them. */
    public record Polyline(String colour, boolean dashed, String points) {
    }

    /** A filled band between two lines (an ensemble's 5-95% or 25-75% range), as an SVG polygon. */
    public record Area(String colour, double opacity, String points) {
    }

    /** A band to draw: its quantiles by period, and its median drawn as a line over it. */
    public record Band(String label, String colour, boolean dashed, double[] p05, double[] p25, double[] median, double[] p75, double[] p95) {
    }

    /** A legend entry. */
    public record Key(String colour, boolean dashed, String label) {
    }

    /** A series to draw. */
    public record Line(String label, String colour, boolean dashed, double[] values) {
    }

    public static LineChart of(String id, String title, String unit, List<String> periods, List<Line> lines, List<Key> legend) {
        return of(id, title, unit, periods, lines, List.of(), legend);
    }

    /**
     * A chart of lines and of bands, each band drawn as its 5-95% area, its 25-75% area darker, and its
     * median as a line. The axis runs from zero, or from below zero when a value is negative (a difference).
     */
    public static LineChart of(String id, String title, String unit, List<String> periods, List<Line> lines, List<Band> bands, List<Key> legend) {
        double max = 0;
        double min = 0;
        for (Line l : lines) {
            for (double v : l.values()) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        for (Band b : bands) {
            for (int i = 0; i < b.p95().length; i++) {
                max = Math.max(max, b.p95()[i]);
                min = Math.min(min, b.p05()[i]);
            }
        }
        double step = niceStep((max - min) / 4);
        double bottom = min < 0 ? -step * Math.ceil(-min / step - 1e-9) : 0;
        int steps = Math.max(1, (int) Math.ceil((max - bottom) / step - 1e-9));
        Scale scale = new Scale(bottom, bottom + step * steps);
        List<Tick> yTicks = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            double v = bottom + k * step;
            yTicks.add(new Tick((v < 0 ? "-" : "") + compact(Math.abs(v)), round(scale.y(v))));
        }
        List<Area> areas = new ArrayList<>();
        List<Polyline> polylines = new ArrayList<>();
        for (Band b : bands) {
            areas.add(new Area(b.colour(), 0.18, area(b.p05(), b.p95(), periods.size(), scale)));
            areas.add(new Area(b.colour(), 0.30, area(b.p25(), b.p75(), periods.size(), scale)));
            polylines.add(new Polyline(b.colour(), b.dashed(), points(b.median(), periods.size(), scale)));
        }
        for (Line l : lines) {
            polylines.add(new Polyline(l.colour(), l.dashed(), points(l.values(), periods.size(), scale)));
        }
        return new LineChart(id, title, unit, yTicks, xTicks(periods), areas, polylines, legend);
    }

    /** Where values go on the y axis: from {@code bottom} at the axis to {@code top}. */
    private record Scale(double bottom, double top) {
        double y(double value) {
            return BOTTOM - (BOTTOM - TOP) * (top > bottom ? (value - bottom) / (top - bottom) : 0);
        }
    }

    private static String points(double[] values, int count, Scale scale) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(i == 0 ? "" : " ").append(round(x(i, count))).append(',').append(round(scale.y(values[i])));
        }
        return points.toString();
    }

    /** The polygon between a lower and an upper line: along the upper one, back along the lower. */
    private static String area(double[] lower, double[] upper, int count, Scale scale) {
        StringBuilder points = new StringBuilder(points(upper, count, scale));
        for (int i = lower.length - 1; i >= 0; i--) {
            points.append(' ').append(round(x(i, count))).append(',').append(round(scale.y(lower[i])));
        }
        return points.toString();
    }

    /** Years on the x axis, at January (or at the year itself), at most about eight labelled. */
    private static List<Tick> xTicks(List<String> periods) {
        List<Integer> yearStarts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).length() == 4 || periods.get(i).endsWith("-01")) {
                yearStarts.add(i);
            }
        }
        int every = Math.max(1, (int) Math.ceil(yearStarts.size() / 8.0));
        List<Tick> ticks = new ArrayList<>();
        for (int k = 0; k < yearStarts.size(); k += every) {
            int i = yearStarts.get(k);
            ticks.add(new Tick(periods.get(i).substring(0, 4), round(x(i, periods.size()))));
        }
        return ticks;
    }

    private static double x(int index, int count) {
        return count <= 1 ? (LEFT + RIGHT) / 2.0 : LEFT + (RIGHT - LEFT) * (double) index / (count - 1);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** 1, 2, 2.5 or 5 times a power of ten: tick steps a reader can add up. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** 1.5M, 350k, 1.2bn: short labels for an axis. */
    static String compact(double v) {
        if (v >= 1e9) {
            return trim(v / 1e9) + "bn";
        }
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (v >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }
}
