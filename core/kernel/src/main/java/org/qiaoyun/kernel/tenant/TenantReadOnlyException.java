package org.qiaoyun.kernel.tenant;

import org.qiaoyun.kernel.text.KernelRefusal;

/** The tenant is archived: it can be read, never changed (answered 409). */
public class TenantReadOnlyException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public TenantReadOnlyException(String code) {
        super("kernel.tenant.archived", code);
    }
}
