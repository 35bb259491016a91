package org.corridor.evidence.compare;

/**
 * What an observation is to one calibration, and so whether it counts in the validation's statistics.
 * Only {@link #CHECK} does: a figure the model reads, was fitted to, or measures the same as a
 * target, cannot test it, and one the model cannot reproduce by definition or at all is not compared.
 * {@link FigureClasses} decides the class of every figure, in one place (and says in which order its
 * rules apply); the constants are in the order the report lists them.
 */
public enum FigureClass {
    /** An independent check: the only class counted in the validation's statistics. */
    CHECK("check", "independent of the calibration and the inputs"),
    /** The calibration fitted it (targets.csv): shown apart, with its fit. */
    TARGET("target", "fitted by the calibration"),
    /**
     * It measures what a target measures (the same quantity, origin, destination and sex over an
     * overlapping period, or in the same conflict group as a target): not an independent check.
     */
    TARGET_ALIKE("same as a target", "measures what a target measures, so it is not independent"),
    /** The model reads it, or a value derived from it, as an input (inputs.csv): shown, never scored. */
    INPUT("input", "the model reads it or a value derived from it"),
    /** Its definition is one the model cannot reproduce (not-comparable.csv, with the reason): listed, not compared. */
    NOT_COMPARABLE("not comparable", "defined in a way the model cannot reproduce"),
    /** The run has no figure for it (no output of the kind, or years it does not cover): listed with the reason. */
    NO_OUTPUT("no output", "the run has no figure for it");

    private final String label;
    private final String meaning;

    FigureClass(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** How the report names the class. */
    public String label() {
        return label;
    }

    /** What the class means, for the report. */
    public String meaning() {
        return meaning;
    }

    /** Whether a figure of this class enters the independent checks' statistics: only {@link #CHECK}. */
    public boolean counted() {
        return this == CHECK;
    }

    /** Whether a figure of this class is set against the run (an error computed): not the not-comparable or the missing. */
    public boolean compared() {
        return this != NOT_COMPARABLE && this != NO_OUTPUT;
    }

    /** The name used in comparisons.csv: the constant in lower case, e.g. {@code target_alike}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
