package org.corridor.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.law.compiled.CompiledLaw;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.reform.Reforms;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourLoader;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.engine.World;
import org.corridor.sim.environment.Environment;
import org.corridor.sim.environment.EnvironmentLoader;
import org.corridor.sim.environment.Series;
import org.corridor.sim.population.PopulationInputs;
import org.corridor.sim.population.PopulationLoader;
import org.corridor.sim.population.Synthesizer;
import org.corridor.sim.scenario.Scenario;
import org.corridor.sim.scenario.ScenarioLoader;

/**
 * Puts a run together: the embedded law with the scenario's reforms, compiled for the run's months;
 * the behaviour and environment with the scenario's changes; the synthetic population; the world.
 */
public final class Simulation {
    private final Law law;
    private final Behaviour behaviour;
    private final Environment environment;
    private final PopulationInputs population;

    public Simulation(Law law, Behaviour behaviour, Environment environment, PopulationInputs population) {
        this.law = law;
        this.behaviour = behaviour;
        this.environment = environment;
        this.population = population;
    }

    /** The embedded inputs. */
    public static Simulation embedded() {
        return new Simulation(LawLoader.embedded(), BehaviourLoader.embedded(), EnvironmentLoader.embedded(), PopulationLoader.embedded());
    }

    public ScenarioLoader scenarios() {
        return new ScenarioLoader(law, behaviour);
    }

    public Law law() {
        return law;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public Environment environment() {
        return environment;
    }

    /** The law as the scenario has it. */
    public Law lawOf(Scenario scenario) {
        return Reforms.apply(law, scenario.law());
    }

    public Behaviour behaviourOf(Scenario scenario) {
        List<BehaviourParameter> replaced = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : scenario.behaviour().entrySet()) {
            BehaviourParameter base = behaviour.parameter(e.getKey());
            boolean fitted = scenario.calibrated().contains(e.getKey());
            replaced.add(base.withValues(e.getValue(), "scenario " + scenario.name(),
                    fitted ? BehaviourParameter.Status.CALIBRATED : BehaviourParameter.Status.ASSUMPTION,
                    (fitted ? "Fitted by corridor calibrate (the calibration block of the baseline scenario, which "
                            + scenario.name() + " is or extends)" : "Set by the scenario " + scenario.file())
                            + " (was " + base.values() + ")."));
        }
        return behaviour.with(replaced);
    }

    public Environment environmentOf(Scenario scenario) {
        Environment env = environment;
        for (Scenario.EnvironmentChange c : scenario.environment()) {
            Series s = env.series(c.series());
            env = env.with(c.multiply() != null ? s.multipliedFrom(c.from(), c.multiply()) : s.setFrom(c.from(), c.set()));
        }
        return env;
    }

    /**
     * An agent remembers its last offence only, so the simulation can count two offences within the
     * repeat-offence window; a law (or a scenario's reform) that counts more would make it depart
     * from the planner, and is refused.
     */
    private static void checkRememberedOffences(CompiledLaw law, Scenario scenario) {
        for (double count : law.column(org.corridor.law.assessment.OffenceRule.COUNT.column())) {
            if (count > 2) {
                throw new IllegalArgumentException("scenario " + scenario.name() + ": the repeat-offence ban counts " + (int) count
                        + " offences, but the simulation remembers two per person; raise People's offence memory first");
            }
        }
    }

    /** Builds the world for a scenario: law, behaviour, environment and a fresh population. */
    public World world(Scenario scenario, RunOptions options) {
        CompiledLaw compiled = CompiledLaw.compile(Assessor.ruleBook(lawOf(scenario)), options.first(), options.to());
        checkRememberedOffences(compiled, scenario);
        Behaviour behaviour = behaviourOf(scenario);
        Synthesizer.Population people = Synthesizer.build(population, Synthesizer.Leaving.of(behaviour), options.scale(), options.first(),
                options.to(), options.seed());
        return new World(people.people(), people.households(), compiled, environmentOf(scenario), behaviour,
                scenario.amnesties(), options.seed(), options.scale(), options.first(), options.from(), options.to());
    }
}
