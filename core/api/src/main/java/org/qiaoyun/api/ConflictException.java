package org.qiaoyun.api;

/**
 * The request clashes with the object's state: an illegal transition, a duplicate, a stale edit.
 * Answered as 409; {@code field} names the field at fault when there is one.
 */
public class ConflictException extends RefusalException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ConflictException(String field, Text text) {
        super(text);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
