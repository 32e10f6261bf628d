package org.qiaoyun.kernel.tenant;

/** No tenant has this code (or the caller may not know it exists). */
public class UnknownTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownTenantException(String code) {
        super("no tenant with code " + code);
    }
}
