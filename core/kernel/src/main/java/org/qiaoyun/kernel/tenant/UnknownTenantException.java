package org.qiaoyun.kernel.tenant;

import org.qiaoyun.kernel.text.KernelRefusal;

/** No tenant has this code (or the caller may not know it exists). */
public class UnknownTenantException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownTenantException(String code) {
        super("kernel.tenant.unknown", code);
    }
}
