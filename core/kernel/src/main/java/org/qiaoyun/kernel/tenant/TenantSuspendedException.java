package org.qiaoyun.kernel.tenant;

/** The tenant is suspended: its users and API calls are refused until it is reactivated. */
public class TenantSuspendedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantSuspendedException(String code) {
        super("tenant " + code + " is suspended");
    }
}
