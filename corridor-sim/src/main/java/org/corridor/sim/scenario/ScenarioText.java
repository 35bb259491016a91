package org.corridor.sim.scenario;

import java.io.Serializable;

/**
 * A scenario file's text and the name its errors give: what an ensemble ships to the machines that
 * run its replicas, so that a scenario file need exist only where the command was typed.
 */
public record ScenarioText(String file, String text) implements Serializable {
}
