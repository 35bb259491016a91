package org.corridor.law.fact;

/** Facts that cannot describe a real history: names the field (an option, an event) and the reason. */
public class InvalidFactsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidFactsException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
