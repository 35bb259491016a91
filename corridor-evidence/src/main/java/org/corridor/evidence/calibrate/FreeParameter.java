package org.corridor.evidence.calibrate;

/**
 * A behavioural value the calibration may move, within bounds.
 *
 * @param parameter the behaviour parameter's id
 * @param element which of its values moves: TJ, KG or UZ for a parameter with one value per origin;
 *     ALL for a parameter with one value; or a position (0, 1, ...) in a list of values
 * @param reason which targets inform it, and why the bounds are what they are
 */
public record FreeParameter(String parameter, String element, double lower, double upper, String reason) {

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
