package org.corridor.app.simulate;

import java.util.Collection;

/** The spread of one series in one month over an ensemble's replicas: its median and the 5, 25, 75 and 95% quantiles. */
record Band(double p05, double p25, double median, double p75, double p95) {
    /**
     * Each statistic averaged over the bands given (a year's months). This is not the quantile of the
     * replicas' yearly means, which the summary cannot give; it is what the output says it is.
     */
    static Band mean(Collection<Band> bands) {
        double n = bands.size();
        return new Band(bands.stream().mapToDouble(Band::p05).sum() / n, bands.stream().mapToDouble(Band::p25).sum() / n,
                bands.stream().mapToDouble(Band::median).sum() / n, bands.stream().mapToDouble(Band::p75).sum() / n,
                bands.stream().mapToDouble(Band::p95).sum() / n);
    }

    /** Whether the 5-95% bands share any value. */
    boolean overlaps(Band other) {
        return p05 <= other.p95 && other.p05 <= p95;
    }
}
