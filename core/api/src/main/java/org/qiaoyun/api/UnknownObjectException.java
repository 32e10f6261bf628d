package org.qiaoyun.api;

/** No object with this id exists in the tenant (or the caller may not know it); answered as 404. */
public class UnknownObjectException extends RefusalException {

    private static final long serialVersionUID = 1L;

    public UnknownObjectException(String what, Object id) {
        super("no " + what + " " + id);
    }

    public UnknownObjectException(Text text) {
        super(text);
    }
}
