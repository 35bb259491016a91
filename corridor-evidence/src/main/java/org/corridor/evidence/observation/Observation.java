package org.corridor.evidence.observation;

/**
 * One figure from the sources that the simulation can be held to, as the source writes it.
 *
 * @param origin TJ, KG, UZ, or CA for the three together
 * @param destination RU, RU-MOW, RU-SPB, KZ, TR, ABROAD (every destination) or HOME (a figure about
 *     households or people at origin)
 * @param sex ALL, F or M
 * @param low the lower end of a range the source gives, or NaN
 * @param high the upper end, or NaN
 * @param source the seed citation, FILE:LINE or FILE:LINE-LINE; for a figure outside the seeds, the address of the page it
 *     was read on
 * @param conflictGroup ties together figures that measure the same thing differently; empty if none
 * @param line the line of the observations file the row is on, for messages
 */
public record Observation(String id, String indicator, String origin, String destination, String sex, Period period,
                          double value, double low, double high, Unit unit, String source, String definition,
                          String conflictGroup, int line) {

    /** The value in the base unit. */
    public double baseValue() {
        return unit.toBase(value);
    }

    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    public double baseLow() {
        return unit.toBase(low);
    }

    public double baseHigh() {
        return unit.toBase(high);
    }

    /** The low end of the source's range, or the value where it gives none, in the base unit. */
    public double baseLowEnd() {
        return hasRange() ? baseLow() : baseValue();
    }

    public double baseHighEnd() {
        return hasRange() ? baseHigh() : baseValue();
    }

    public boolean inConflictGroup() {
        return !conflictGroup.isEmpty();
    }

    /** The same figure for another period: what a run's value for each year is read as. */
    public Observation withPeriod(Period other) {
        return new Observation(id, indicator, origin, destination, sex, other, value, low, high, unit, source, definition, conflictGroup, line);
    }

    /** Who and where the figure is about, e.g. "TJ in RU, women". */
    public String who() {
        String where = switch (destination) {
            case "ABROAD" -> "abroad";
            case "HOME" -> "at home";
            default -> "in " + destination;
        };
        String sexText = switch (sex) {
            case "F" -> ", women";
            case "M" -> ", men";
            default -> "";
        };
        return origin + " " + where + sexText;
    }
}
