package org.corridor.sim.yaml;

/**
 * Bad input in a file the user gave (a scenario) or the project ships (an input table): where it is
 * and what is wrong, as one line for the person who must fix it.
 */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    public InputError(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
