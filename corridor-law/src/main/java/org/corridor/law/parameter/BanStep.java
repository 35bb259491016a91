package org.corridor.law.parameter;

/**
 * One step of a ban scale: staying more than {@code overDays} beyond the legal stay bans entry for
 * {@code months} (Russia's scale is in years, 114-FZ art. 27(1)(12)-(14); Turkey's has bans of one
 * and three months).
 */
public record BanStep(int overDays, int months) {
    public BanStep {
        if (overDays < 0 || months <= 0) {
            throw new IllegalArgumentException("a ban step needs over_days >= 0 and a positive length");
        }
    }

    /**
     * The months of ban a scale gives for {@code overstayDays} of overstay: the step with the highest
     * threshold exceeded, or 0. The one reading of a ban scale, for the planner and the simulation alike.
     */
    public static int monthsFor(java.util.List<BanStep> scale, int overstayDays) {
        int months = 0;
        for (int i = 0, n = scale.size(); i < n; i++) {
            if (overstayDays > scale.get(i).overDays()) {
                months = scale.get(i).months();
            }
        }
        return months;
    }
}
