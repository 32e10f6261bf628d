package org.qiaoyun.kernel.tenant;

/** The tenant is archived: it can be read, never changed. */
public class TenantReadOnlyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TenantReadOnlyException(String code) {
        super("tenant " + code + " is archived and read-only");
    }
}
