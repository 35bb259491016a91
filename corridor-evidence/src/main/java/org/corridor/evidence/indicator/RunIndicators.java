package org.corridor.evidence.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.outputs.YearTable;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;

/**
 * The sources' indicators computed from a run, by origin and year: remittances as a share of GDP and
 * per migrant, and the emigration-trap indices of Ch. 11 (DLE, the HHI of destinations, DLE toward
 * Russia, DMSRC of the chapter's GDP model). Destinations are countries here, as in the chapter:
 * Moscow, St Petersburg and the rest of Russia count as Russia.
 */
public final class RunIndicators {
    private static final List<List<Place>> COUNTRIES = List.of(
            List.of(Place.RU_MOW, Place.RU_SPE, Place.RU_OTHER), List.of(Place.KZ), List.of(Place.TR));
    private static final int[] BOTH = {0, 1};

    /**
     * One origin's year. NaN where an input is missing (GDP, labour force or FDI for the year).
     *
     * @param remittancesUsd remittances sent home in the year through operators and banks (the recorded ones), US dollars
     * @param remittancesShareOfGdp percent
     * @param remittancesPerMigrant recorded US dollars a year per migrant abroad (mean stock), as the sources' indicator divides
     *     the recorded remittances
     * @param emigrantsShareOfActive migrants abroad (mean stock) over the labour force at home plus abroad, percent
     * @param dle percent
     * @param hhi 0 to 1
     * @param dleRussia percent
     * @param dmsrc 0 to 1, above 0.5 signals the trap
     */
    public record Row(Origin origin, int year, double remittancesUsd, double remittancesShareOfGdp, double remittancesPerMigrant,
                      double emigrantsShareOfActive, double dle, double hhi, double dleRussia, double dmsrc) {
        public boolean inTrap() {
            return Double.isFinite(dmsrc) && EmigrationTrap.inTrap(dmsrc);
        }
    }

    private RunIndicators() {
    }

    /**
     * @param gdp GDP, US$ million
     * @param labourForce the labour force, million persons (as the statistics count it: people at home,
     *     so migrants abroad are added to it for the emigrants' share)
     * @param fdi foreign direct investment, net inflows, US$ million
     */
    public static List<Row> of(YearTable table, MacroTable gdp, MacroTable labourForce, MacroTable fdi) {
        List<Row> rows = new ArrayList<>();
        for (int year = table.firstYear(); year <= table.lastYear(); year++) {
            if (!table.complete(year)) {
                continue;
            }
            for (Origin o : Origin.ALL) {
                rows.add(row(table, o, year, gdp, labourForce, fdi));
            }
        }
        return rows;
    }

    static Row row(YearTable t, Origin o, int year, MacroTable gdp, MacroTable labourForce, MacroTable fdi) {
        List<Origin> origin = List.of(o);
        double months = t.months(year);
        double[] remittances = new double[COUNTRIES.size()];
        double[] migrants = new double[COUNTRIES.size()];
        double remittanceTotal = 0;
        double migrantTotal = 0;
        for (int k = 0; k < COUNTRIES.size(); k++) {
            // The sources' indicators are built from the official (recorded) remittances, so the run's are too.
            remittances[k] = t.people(year, origin, COUNTRIES.get(k), BOTH, Measure.REMITTANCES_RECORDED_USD);
            migrants[k] = t.people(year, origin, COUNTRIES.get(k), BOTH, Measure.ABROAD) / months;
            remittanceTotal += remittances[k];
            migrantTotal += migrants[k];
        }
        double gdpShare = share(remittanceTotal, gdp.value(o.name(), year), 1e6);
        OptionalDouble force = labourForce.value(o.name(), year);
        double emigShare = force.isPresent() ? 100 * migrantTotal / (force.getAsDouble() * 1e6 + migrantTotal) : Double.NaN;
        double dle = Double.isFinite(gdpShare) && Double.isFinite(emigShare) ? EmigrationTrap.dle(Math.min(gdpShare, 100), emigShare) : Double.NaN;
        double hhi = Double.NaN;
        double dleRussia = Double.NaN;
        if (remittanceTotal > 0 && migrantTotal > 0) {
            double[] s = new double[remittances.length];
            double[] g = new double[migrants.length];
            for (int k = 0; k < s.length; k++) {
                s[k] = remittances[k] / remittanceTotal;
                g[k] = migrants[k] / migrantTotal;
            }
            hhi = EmigrationTrap.hhi(s, g);
            dleRussia = Double.isFinite(dle) ? EmigrationTrap.dleOf(dle, s[0], g[0]) : Double.NaN;
        }
        OptionalDouble investment = fdi.value(o.name(), year);
        double dmsrc = investment.isPresent() ? GdpModel.of(o).dmsrc(remittances[0] / 1e6, investment.getAsDouble()) : Double.NaN;
        return new Row(o, year, remittanceTotal, gdpShare, migrantTotal > 0 ? remittanceTotal / migrantTotal : Double.NaN, emigShare, dle, hhi,
                dleRussia, dmsrc);
    }

    private static double share(double part, OptionalDouble whole, double wholeUnit) {
        return whole.isPresent() && whole.getAsDouble() > 0 ? 100 * part / (whole.getAsDouble() * wholeUnit) : Double.NaN;
    }
}
