package org.corridor.app.web.runs;

import java.util.List;
import java.util.Optional;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;

/**
 * The scenarios shipped with Corridor, read once. The web server runs only these (with the lab's
 * levers): a scenario file names a path, and a request must not make the server read its files.
 */
public final class BundledScenarios {
    private final List<Scenario> scenarios;

    public BundledScenarios(ScenarioLoader loader) {
        this.scenarios = ScenarioLoader.BUNDLED.stream().map(loader::bundled).toList();
    }

    public List<Scenario> all() {
        return scenarios;
    }

    public List<String> names() {
        return ScenarioLoader.BUNDLED;
    }

    public Optional<Scenario> find(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
