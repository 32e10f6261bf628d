package org.qiaoyun.kernel.access;

/** The caller may see the object but not do this with it (answered 403). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
