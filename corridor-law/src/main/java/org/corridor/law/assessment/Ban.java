package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * A re-entry ban: from the exit (or expulsion, or offence) day for {@code months} months (most bans
 * are whole years); {@code until} is the last day of the ban, so entry is possible again the day after.
 *
 * @param reason why it was imposed
 * @param mandatory true where the law says entry "is not allowed"; false where it "may be refused"
 */
public record Ban(LocalDate from, LocalDate until, int months, BanReason reason, boolean mandatory, List<Basis> basis) {
    public Ban {
        basis = List.copyOf(basis);
    }

    public static Ban starting(LocalDate from, int months, BanReason reason, boolean mandatory, List<Basis> basis) {
        return new Ban(from, org.corridor.law.calendar.Terms.lastDay(from, months), months, reason, mandatory, basis);
    }

    /** The length in years; fractional for Turkey's bans of one or three months. */
    public double years() {
        return months / 12.0;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
