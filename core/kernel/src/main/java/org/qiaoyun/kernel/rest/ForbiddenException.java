package org.qiaoyun.kernel.rest;

/** The caller may see the object but not do this to it: answered 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
