package org.corridor.evidence.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corridor.evidence.observation.Observations;
import org.corridor.evidence.table.CsvTable;
import org.junit.jupiter.api.Test;

class ObservedIndicatorsTest {
    private static final String INDICATORS = """
            indicator,unit_family,kind,definition
            remittances_gdp_share,share,money,x
            emigration_rate,share,composition,x
            destination_share,share,composition,x
            remittances_usd,money,money,x
            migrants_abroad,people,stocks,x
            """;
    /** Rows of the bundled observations.csv, as they are there. */
    private static final String OBSERVATIONS = """
            id,indicator,origin,destination,sex,period,value,low,high,unit,source,definition,conflict_group
            kg-remit-gdp-ch-eleven,remittances_gdp_share,KG,ABROAD,ALL,2015,30,,,percent,002:10414-10434,d,
            kg-emigrants-labour-force-share,emigration_rate,KG,ABROAD,ALL,1990/2015,27,27,30,percent,002:10404-10410,d,
            tj-ru-destination-share-adb-2015,destination_share,TJ,RU,ALL,2015,93,,,percent,002:4789-4790,d,
            tj-kz-destination-share-adb-2015,destination_share,TJ,KZ,ALL,2015,5,,,percent,002:4789-4790,d,
            uz-remit-total-estimate-2014,remittances_usd,UZ,ABROAD,ALL,2014,7,7,8,usd_billion,002:12105-12111,d,
            uz-ru-stock-fms-2014,migrants_abroad,UZ,RU,ALL,2014,2.7,,,million_persons,002:11977-11981,d,
            """;

    @Test
    void indicatorsFromTheObservationsAsWorkedOutByHand() {
        Observations o = Observations.of(CsvTable.parse("i.csv", INDICATORS, List.of("indicator", "unit_family", "definition")),
                CsvTable.parse("o.csv", OBSERVATIONS, List.of("id", "indicator")));
        List<ObservedIndicators.Value> values = ObservedIndicators.of(o);
        assertEquals(3, values.size());
        ObservedIndicators.Value dle = values.get(0);
        assertEquals("DLE", dle.indicator());
        assertEquals(Math.sqrt(30 * 27), dle.low(), 1e-12); // 28.46
        assertEquals(30, dle.high(), 1e-12);
        assertEquals(List.of("kg-remit-gdp-ch-eleven", "kg-emigrants-labour-force-share"), dle.from());
        // 0.93^2 + 0.05^2 = 0.8649 + 0.0025
        assertEquals(0.8674, values.get(1).low(), 1e-12);
        // US$7 to 8 billion over 2.7 million Uzbeks in Russia
        assertEquals(7e9 / 2.7e6, values.get(2).low(), 1e-6);
        assertEquals(8e9 / 2.7e6, values.get(2).high(), 1e-6);
    }
}
