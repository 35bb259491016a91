package org.corridor.law.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change to the law that is proposed but not in force: a bill before parliament or a draft decree.
 * Shown in the legislation explorer and, where it would touch the person, as a note in the plan;
 * never applied to an assessment.
 *
 * @param id a stable id, such as {@code medical-within-30-days}
 * @param title what it would change, in a line
 * @param act the bill or draft, with its number where known
 * @param status where it stands, such as "passed first reading"
 * @param statusDate the day of that step
 * @param would what it would do, in a sentence or two
 * @param appliesTo whom it would touch
 * @param sources the pages it was read on, each with its address and title
 */
public record PendingChange(String id, String title, String act, String status, LocalDate statusDate, String would, Scope appliesTo,
                            List<String> sources) {
    /** Whom a pending change would touch, so that a plan shows only the ones that concern the person. */
    public enum Scope {
        /** Anyone entering or staying in the jurisdiction. */
        ENTRANTS,
        /** Anyone who comes to work or works there. */
        WORKERS,
        /** Workers who need a patent. */
        PATENT_WORKERS;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Scope parse(String key) {
            for (Scope s : values()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown scope '" + key + "' (entrants, workers, patent-workers)");
        }
    }

    public PendingChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusDate, "status_date");
        sources = List.copyOf(sources);
    }
}
