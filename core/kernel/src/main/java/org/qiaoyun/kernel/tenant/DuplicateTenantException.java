package org.qiaoyun.kernel.tenant;

/** A tenant with this code exists already; codes are unique across the whole tree. */
public class DuplicateTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateTenantException(String code) {
        super("a tenant with code " + code + " exists already");
    }
}
