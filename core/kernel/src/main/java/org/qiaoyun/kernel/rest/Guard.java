package org.qiaoyun.kernel.rest;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The access rules of the REST API, applied to the signed-in caller: a tenant the caller may not see
 * does not exist for them (404); an action beyond their role is forbidden (403).
 */
final class Guard {

    private Guard() {
    }

    static CallerIdentity caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("no signed-in caller is bound"));
    }

    /** The tenant, if the caller may see it; otherwise as if it did not exist. */
    static Tenant visible(TenantDirectory tenants, String code) {
        Tenant tenant = tenants.find(code).orElseThrow(() -> new UnknownTenantException(code));
        if (!caller().canSee(tenant)) {
            throw new UnknownTenantException(code);
        }
        return tenant;
    }

    /** The tenant, if the caller administers it. */
    static Tenant administered(TenantDirectory tenants, String code) {
        Tenant tenant = visible(tenants, code);
        if (!caller().canAdminister(tenant)) {
            throw new ForbiddenException("kernel.access.admin-only", code);
        }
        return tenant;
    }

    /** The tenant, if the caller may work with module data there (their home tenant). */
    static Tenant workplace(TenantDirectory tenants, String code) {
        return workplace(tenants.find(code).orElse(null), code);
    }

    /** The same, for a tenant already read in this request ({@code null}: there is none). */
    static Tenant workplace(Tenant read, String code) {
        if (read == null || !caller().canSee(read)) {
            throw new UnknownTenantException(code);
        }
        Tenant tenant = read;
        if (!caller().canWorkIn(tenant)) {
            throw new ForbiddenException("kernel.access.module-data-at-home", code);
        }
        return tenant;
    }
}
