package org.corridor.law.advice;

import java.util.Locale;
import java.util.Optional;
import org.corridor.law.assessment.BanReason;
import org.corridor.law.assessment.ObligationId;
import org.corridor.law.assessment.StatusCondition;
import org.corridor.law.assessment.ViolationKind;

/** What in an assessment a piece of advice answers: a missed step, a violation, a ban or a condition of the status. */
public sealed interface Trigger {
    /** An obligation whose due date passed without it being done. */
    record MissedObligation(ObligationId id) implements Trigger {
    }

    record Violated(ViolationKind kind) implements Trigger {
    }

    /** A re-entry ban for a reason, or for any reason where {@code reason} is empty. */
    record Banned(Optional<BanReason> reason) implements Trigger {
        public boolean covers(BanReason r) {
            return reason.isEmpty() || reason.get() == r;
        }
    }

    record Condition(StatusCondition condition) implements Trigger {
    }

    /** Reads one {@code when} entry's kind and value; the loader names the field when this throws. */
    static Trigger parse(String kind, String value, String state) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "obligation" -> {
                if (!"missed".equals(state)) {
                    throw new IllegalArgumentException("advice for an obligation is for a missed one: add state: missed");
                }
                yield new MissedObligation(ObligationId.valueOf(v));
            }
            case "violation" -> new Violated(ViolationKind.valueOf(v));
            case "ban" -> new Banned(v.equals("ANY") ? Optional.empty() : Optional.of(BanReason.valueOf(v)));
            case "condition" -> new Condition(StatusCondition.valueOf(v));
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }
}
