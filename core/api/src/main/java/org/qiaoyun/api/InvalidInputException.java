package org.qiaoyun.api;

/**
 * Input that breaks a module's rule: an invalid ID number, an amount of zero, a disbursement above the
 * balance. Names the field at fault; the kernel answers it as 400 {@code application/problem+json}.
 */
public class InvalidInputException extends RefusalException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String field, Text text) {
        super(text);
        this.field = field;
    }

    /** The field at fault, or null when the input is wrong as a whole. */
    public String field() {
        return field;
    }
}
