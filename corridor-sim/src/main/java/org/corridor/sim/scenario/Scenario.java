package org.corridor.sim.scenario;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.corridor.law.reform.Reform;
import org.corridor.sim.engine.BanAmnesty;

/**
 * A scenario: a period and what it changes from the embedded law, behaviour and environment, as read
 * from a YAML file (see {@link ScenarioLoader}). The baseline changes nothing: its history is the
 * law's dated values and the environment's series.
 *
 * @param behaviour values replacing the embedded behaviour parameters, by id, for the whole run
 * @param calibrated the ids among {@code behaviour} whose values {@code corridor calibrate} fitted
 */
public record Scenario(String name, String description, String file, YearMonth from, YearMonth to, List<Reform> law,
                       Map<String, List<Double>> behaviour, List<EnvironmentChange> environment, List<BanAmnesty> amnesties,
                       Set<String> calibrated) {
    public Scenario {
        law = List.copyOf(law);
        behaviour = Map.copyOf(behaviour);
        environment = List.copyOf(environment);
        amnesties = List.copyOf(amnesties);
        calibrated = Set.copyOf(calibrated);
    }

    public Scenario(String name, String description, String file, YearMonth from, YearMonth to, List<Reform> law,
                    Map<String, List<Double>> behaviour, List<EnvironmentChange> environment, List<BanAmnesty> amnesties) {
        this(name, description, file, from, to, law, behaviour, environment, amnesties, Set.of());
    }

    /** The same scenario with some behaviour values replaced (by a calibration, or a lab's levers). */
    public Scenario withBehaviour(Map<String, List<Double>> values, Set<String> fitted) {
        Map<String, List<Double>> merged = new HashMap<>(behaviour);
        merged.putAll(values);
        Set<String> nowCalibrated = new HashSet<>(calibrated);
        nowCalibrated.removeAll(values.keySet());
        nowCalibrated.addAll(fitted);
        return new Scenario(name, description, file, from, to, law, merged, environment, amnesties, nowCalibrated);
    }

    /**
     * A change to an environment series from a month on: multiplied by a factor, or set to a value.
     */
    public record EnvironmentChange(String series, YearMonth from, Double multiply, Double set) {
    }
}
