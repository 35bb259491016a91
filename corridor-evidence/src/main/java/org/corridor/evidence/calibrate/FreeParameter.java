package org.corridor.evidence.calibrate;

import java.util.List;
import org.corridor.evidence.targets.Targets;

/**
 * A behavioural value the calibration may move, within bounds.
 *
 * @param parameter the behaviour parameter's id
 * @param element which of its values moves: TJ, KG or UZ for a parameter with one value per origin;
 *     ALL for a parameter with one value; or a position (0, 1, ...) in a list of values
 * @param reason which targets inform it, and why the bounds are what they are
 * @param informedBy the targets that inform it: observation ids of point targets, and keys of series by
 *     year ({@code remittances_gdp_share:TJ}); a calibration held back in time fits it only if one of
 *     them is among its targets
 */
public record FreeParameter(String parameter, String element, double lower, double upper, String reason, List<String> informedBy) {
    public FreeParameter {
        informedBy = List.copyOf(informedBy);
    }

    public FreeParameter(String parameter, String element, double lower, double upper, String reason) {
        this(parameter, element, lower, upper, reason, List.of());
    }

    /** Whether one of the targets that inform it is a target of {@code targets} (a point target, or a year of a series). */
    public boolean informedBy(Targets targets) {
        return informedBy.stream().anyMatch(id -> targets.isTarget(id) || targets.series().contains(id));
    }

    /** The index into the parameter's values. */
    public int index() {
        return switch (element) {
            case "TJ", "ALL" -> 0;
            case "KG" -> 1;
            case "UZ" -> 2;
            default -> Integer.parseInt(element);
        };
    }

    /** Whether the parameter has one value per origin (then it is written as {TJ, KG, UZ}). */
    public boolean perOrigin() {
        return element.equals("TJ") || element.equals("KG") || element.equals("UZ");
    }

    public String label() {
        if (element.equals("ALL")) {
            return parameter;
        }
        return perOrigin() ? parameter + "." + element : parameter + "[" + element + "]";
    }

    /** A point of the unit interval, in the parameter's own units. */
    public double fromUnit(double u) {
        return lower + Math.min(1, Math.max(0, u)) * (upper - lower);
    }

    public double toUnit(double value) {
        return (value - lower) / (upper - lower);
    }
}
