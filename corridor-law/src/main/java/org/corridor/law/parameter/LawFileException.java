package org.corridor.law.parameter;

/** A parameter file that cannot be read: names the file, the field and what is wrong. */
public class LawFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LawFileException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
