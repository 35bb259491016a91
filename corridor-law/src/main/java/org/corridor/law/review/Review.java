package org.corridor.law.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How current a jurisdiction's law is: the day its parameters were last checked against the law in
 * force, what that check covered, and the changes proposed but not yet law. A date asked about after
 * the newest source the review could read ({@code sourcesTo}) may be governed by changes Corridor does
 * not know, so the planner warns from that date, not from the day of the review.
 *
 * @param folder the jurisdiction's law folder ({@code ru}, {@code kz}, {@code tr}, {@code kg-internal})
 * @param reviewed the day the parameters were last checked
 * @param sourcesTo the date of the newest source the check could read: news of a change after it may
 *     not have reached the review, so the planner shows it beside the review date
 * @param scope what the review checked, and against what
 */
public record Review(String folder, LocalDate reviewed, LocalDate sourcesTo, String scope, List<PendingChange> pending) {
    public Review {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(sourcesTo, "sources_to");
        if (sourcesTo.isAfter(reviewed)) {
            throw new IllegalArgumentException(folder + ": sources dated after the review (" + sourcesTo + " > " + reviewed + ")");
        }
        pending = List.copyOf(pending);
    }
}
