package org.corridor.law.fact;

import java.util.ArrayList;
import java.util.List;
import org.corridor.law.fact.InvalidFactsException.Reason;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * Builds {@link Facts} from text as people type it (the command line, the web form, golden cases),
 * with a message naming the field for every mistake.
 */
public final class FactsInput {
    private FactsInput() {
    }

    /**
     * @param region a region of the destination ({@code MOW}, {@code SPE}, {@code other}) or null
     * @param events events as {@code KIND:DATE[:VALUE]}
     */
    public static Facts parse(String citizenship, String destination, String region, List<String> events) {
        Country c = Country.parse(citizenship).filter(Citizenships::isCovered).orElseThrow(() -> new InvalidFactsException(
                "citizenship", Reason.NOT_A_COVERED_CITIZENSHIP, citizenship, Citizenships.COVERED));
        Jurisdiction j = jurisdiction(destination, region);
        List<Event> parsed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            parsed.add(Event.parse(events.get(i), "event " + (i + 1)));
        }
        return new Facts(c, j, parsed);
    }

    public static Jurisdiction jurisdiction(String destination, String region) {
        Country d = Country.parse(destination).orElseThrow(() -> new InvalidFactsException("destination",
                Reason.NOT_A_DESTINATION, destination));
        if (Jurisdiction.of(d).isEmpty()) {
            throw new InvalidFactsException("destination", Reason.NOT_A_DESTINATION, destination);
        }
        List<String> regions = Jurisdiction.of(d).stream().map(Jurisdiction::regionKey).filter(k -> k != null).toList();
        return Jurisdiction.resolve(d, region).orElseThrow(() -> regions.isEmpty()
                ? new InvalidFactsException("region", Reason.NO_REGIONS, d)
                : new InvalidFactsException("region", Reason.NOT_A_REGION, region, d, regions));
    }
}
