package org.qiaoyun.kernel.tenant;

import org.qiaoyun.kernel.text.KernelRefusal;

/** The tenant is suspended: its users and API calls are refused until it is reactivated. */
public class TenantSuspendedException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public TenantSuspendedException(String code) {
        super("kernel.tenant.suspended", code);
    }
}
