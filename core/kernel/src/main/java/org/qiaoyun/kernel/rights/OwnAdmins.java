package org.qiaoyun.kernel.rights;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Governed;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The wall before people's data and its keeping: the federation's own admins. People ask the federation that serves
 * them, and a federation above neither reads them nor decides how long they are kept.
 */
final class OwnAdmins {

    private OwnAdmins() {
    }

    static void require(Store kernel, String tenantCode) {
        Tenant tenant = kernel.transaction(em -> em.find(Tenant.class, tenantCode));
        if (tenant == null) {
            throw new NotVisibleException(tenantCode);
        }
        var caller = Access.requireAdminOf(Governed.of(tenant.code(), tenant.path()));
        if (!caller.homeTenant().equals(tenantCode)) {
            throw new AccessDeniedException("kernel.rights.own-admins", tenantCode);
        }
    }
}
