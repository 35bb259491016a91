package org.corridor.sim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.corridor.law.reform.Reform;
import org.corridor.sim.engine.BanAmnesty;

/**
 * A scenario: a period and what it changes from the embedded law, behaviour and environment, as read
 * from a YAML file (see {@link ScenarioLoader}). The baseline changes nothing: its history is the
 * law's dated values and the environment's series.
 *
 * @param behaviour values replacing the embedded behaviour parameters, by id, for the whole run
 */
public record Scenario(String name, String description, String file, YearMonth from, YearMonth to, List<Reform> law,
                       Map<String, List<Double>> behaviour, List<EnvironmentChange> environment, List<BanAmnesty> amnesties) {
    public Scenario {
        law = List.copyOf(law);
        behaviour = Map.copyOf(behaviour);
        environment = List.copyOf(environment);
        amnesties = List.copyOf(amnesties);
    }

    /**
     * A change to an environment series from a month on: multiplied by a factor, or set to a value.
     */
    public record EnvironmentChange(String series, YearMonth from, Double multiply, Double set) {
    }
}
