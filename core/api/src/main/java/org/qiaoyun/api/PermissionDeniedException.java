package org.qiaoyun.api;

/** The caller's roles do not allow this action in the tenant; answered as 403. */
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
