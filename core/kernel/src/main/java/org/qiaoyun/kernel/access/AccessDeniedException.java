package org.qiaoyun.kernel.access;

import org.qiaoyun.kernel.text.KernelRefusal;

/** The caller may see the object but not do this with it (answered 403). */
public class AccessDeniedException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
