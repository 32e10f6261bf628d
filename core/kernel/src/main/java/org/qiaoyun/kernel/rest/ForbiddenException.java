package org.qiaoyun.kernel.rest;

import org.qiaoyun.kernel.text.KernelRefusal;

/** The caller may see the object but not do this to it: answered 403. */
public class ForbiddenException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, Object... arguments) {
        super(code, arguments);
    }
}
