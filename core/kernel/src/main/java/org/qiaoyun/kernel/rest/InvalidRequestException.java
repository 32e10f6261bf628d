package org.qiaoyun.kernel.rest;

/** A request parameter or body field is missing or out of range; answered 400 naming the field. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
