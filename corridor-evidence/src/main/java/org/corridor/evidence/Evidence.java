package org.corridor.evidence;

import org.corridor.evidence.macro.MacroTable;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.targets.Targets;

/**
 * The bundled evidence: the sources' observations, the calibration targets among them, and the macro
 * inputs the comparison and the indicators need.
 *
 * @param gdp GDP in current US$ million, by country and year
 * @param population total population, million persons
 * @param labourForce the labour force, million persons
 * @param fdi foreign direct investment, net inflows, US$ million
 * @param remittances the World Bank's remittance statistics (US$ million, and percent of GDP)
 */
public record Evidence(Observations observations, Targets targets, MacroTable gdp, MacroTable population, MacroTable labourForce,
                       MacroTable fdi, MacroTable remittances) {

    public static Evidence embedded() {
        Observations observations = Observations.embedded();
        return new Evidence(observations, Targets.embedded(observations), MacroTable.embedded("gdp_usd.csv"),
                MacroTable.embedded("population.csv"), MacroTable.embedded("labour_force.csv"), MacroTable.embedded("fdi_usd.csv"),
                MacroTable.embedded("remittances_wb.csv"));
    }
}
