package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.review.PendingChange;

/**
 * How current the law behind an assessment is: the day the jurisdiction's law was last reviewed and
 * the date of the newest source that review could read, whether the plan reaches past that date (the
 * date asked about or a due date after it, so that later changes may be missing), and the proposed
 * changes that would touch this person, none of which the assessment applies.
 *
 * @param reviewed the review date, or null where the jurisdiction has none
 * @param sourcesTo the date of the newest source the review read, or null
 */
public record ReviewNote(LocalDate reviewed, LocalDate sourcesTo, boolean mayBeOutOfDate, List<PendingChange> pending) {
    public ReviewNote {
        pending = List.copyOf(pending);
    }
}
