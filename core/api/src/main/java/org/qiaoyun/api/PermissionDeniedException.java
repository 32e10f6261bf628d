package org.qiaoyun.api;

/** The caller's roles do not allow this action in the tenant; answered as 403. */
public class PermissionDeniedException extends RefusalException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }

    public PermissionDeniedException(Text text) {
        super(text);
    }
}
