package org.qiaoyun.kernel.rest;

import org.qiaoyun.kernel.text.KernelRefusal;

/** A request parameter or body field is missing or out of range; answered 400 naming the field. */
public class InvalidRequestException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
