package org.corridor.spark.headline;

import java.io.Serializable;
import org.corridor.sim.world.Origin;

/** One headline figure for one origin in one year: an output of a sensitivity analysis. */
public record HeadlineCell(Headline headline, Origin origin, int year) implements Serializable {
    public String name() {
        return headline.key() + " " + origin.name() + " " + year;
    }
}
