package org.corridor.sim.engine;

import java.util.List;
import org.corridor.sim.phase.CensusPhase;
import org.corridor.sim.phase.DemographyPhase;
import org.corridor.sim.phase.EnforcementPhase;
import org.corridor.sim.phase.FamilyPhase;
import org.corridor.sim.phase.HouseholdFormation;
import org.corridor.sim.phase.LegalPathPhase;
import org.corridor.sim.phase.MigrationPhase;
import org.corridor.sim.phase.RemittancePhase;
import org.corridor.sim.phase.ReturnPhase;
import org.corridor.sim.phase.WorkPhase;

/** The monthly processes, in the order they run, made for one world. */
public final class Phases {
    private Phases() {
    }

    public static List<Phase> of(World world) {
        return List.of(
                new DemographyPhase(world),
                new ReturnPhase(world),
                new MigrationPhase(world),
                new WorkPhase(world),
                new LegalPathPhase(world),
                new EnforcementPhase(world),
                new RemittancePhase(world),
                new CensusPhase(world),
                new FamilyPhase(world));
    }

    /** The yearly re-layout: marriages, and sons' households splitting from their parents'. */
    public static Relayout relayout(World world) {
        return new HouseholdFormation(world);
    }
}
