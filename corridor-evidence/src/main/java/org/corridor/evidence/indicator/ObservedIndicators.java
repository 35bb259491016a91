package org.corridor.evidence.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.evidence.observation.Observation;
import org.corridor.evidence.observation.Observations;

/**
 * The sources' indicators computed from the observations alone, where they suffice: DLE where a
 * year has both a remittance share of GDP and an emigration rate; the HHI of destinations where a
 * year has the shares of several destinations; remittances per migrant where a year has both the
 * remittances and the stock abroad. A source's range gives a range of the indicator.
 */
public final class ObservedIndicators {
    /**
     * One computed indicator.
     *
     * @param low the indicator at the low ends of its inputs' ranges (the value when there are none)
     * @param high at the high ends
     * @param from the observations it is computed from
     */
    public record Value(String indicator, String origin, int year, double low, double high, List<String> from) {
    }

    private ObservedIndicators() {
    }

    public static List<Value> of(Observations observations) {
        List<Observation> all = observations.all();
        List<Value> values = new ArrayList<>();
        for (Observation share : all) {
            if (!share.indicator().equals("remittances_gdp_share") || !share.destination().equals("ABROAD") || share.period().years() != 1) {
                continue;
            }
            int year = share.period().first();
            for (Observation rate : all) {
                if (rate.indicator().equals("emigration_rate") && rate.origin().equals(share.origin()) && rate.sex().equals("ALL")
                        && rate.period().contains(year)) {
                    values.add(new Value("DLE", share.origin(), year, EmigrationTrap.dle(share.baseLowEnd(), rate.baseLowEnd()),
                            EmigrationTrap.dle(share.baseHighEnd(), rate.baseHighEnd()), List.of(share.id(), rate.id())));
                }
            }
        }
        Map<String, List<Observation>> destinations = new LinkedHashMap<>();
        for (Observation o : all) {
            if (o.indicator().equals("destination_share") && o.period().years() == 1 && o.sex().equals("ALL")) {
                destinations.computeIfAbsent(o.origin() + "|" + o.period().first(), k -> new ArrayList<>()).add(o);
            }
        }
        for (List<Observation> group : destinations.values()) {
            if (group.size() < 2) {
                continue;
            }
            double hhi = 0;
            for (Observation o : group) {
                hhi += (o.value() / 100) * (o.value() / 100);
            }
            values.add(new Value("HHI of destinations (migrants' shares)", group.get(0).origin(), group.get(0).period().first(), hhi, hhi,
                    group.stream().map(Observation::id).toList()));
        }
        for (Observation money : all) {
            if (!money.indicator().equals("remittances_usd") || !money.destination().equals("ABROAD") || money.period().years() != 1) {
                continue;
            }
            for (Observation stock : all) {
                // Stocks abroad or in Russia, where most of each origin's migrants are (the row's id says which).
                if (stock.indicator().equals("migrants_abroad") && stock.origin().equals(money.origin()) && stock.sex().equals("ALL")
                        && (stock.destination().equals("ABROAD") || stock.destination().equals("RU"))
                        && stock.period().years() == 1 && stock.period().first() == money.period().first()) {
                    values.add(new Value("remittances per migrant, US$ a year", money.origin(), money.period().first(),
                            money.baseLowEnd() / stock.baseHighEnd(), money.baseHighEnd() / stock.baseLowEnd(), List.of(money.id(), stock.id())));
                }
            }
        }
        return values;
    }
}
