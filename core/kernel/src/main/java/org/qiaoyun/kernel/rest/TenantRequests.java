package org.qiaoyun.kernel.rest;

import java.util.Set;

/** The bodies clients send to the tenant resources. Plain classes so that JSON-B can fill them. */
public final class TenantRequests {

    private TenantRequests() {
    }

    /** {@code POST /api/v1/tenants}. */
    public static class Provision {
        public String code;
        public String parent;
        public String level;
        public String nameZh;
        public String nameEn;
        public String divisionCode;
    }

    /** {@code PATCH /api/v1/tenants/{code}}: only the fields given change. */
    public static class Change {
        public String nameZh;
        public String nameEn;
        public String status;
        public Long version;
    }

    /** {@code PUT /api/v1/tenants/{code}/modules/{id}}. */
    public static class Switch {
        public Boolean enabled;
    }

    /** {@code PUT /api/v1/tenants/{code}/module-policy}: null allows every installed module. */
    public static class Policy {
        public Set<String> allowed;
    }
}
