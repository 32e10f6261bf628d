package org.qiaoyun.kernel.tenant;

import org.qiaoyun.kernel.text.KernelRefusal;

/** A tenant with this code exists already; codes are unique across the whole tree. */
public class DuplicateTenantException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public DuplicateTenantException(String code) {
        super("kernel.tenant.duplicate", code);
    }
}
