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

    /**
     * {@code PUT /api/v1/tenants/{code}/module-policy}: {@code "allowed": null} allows every installed module;
     * a body that does not name {@code allowed} at all is refused, never read as "allow everything".
     */
    public static class Policy {
        private Set<String> allowed;
        private boolean named;

        public Set<String> getAllowed() {
            return allowed;
        }

        public void setAllowed(Set<String> allowed) {
            this.allowed = allowed;
            this.named = true;
        }

        /** Whether the body named {@code allowed}, if only as null. */
        boolean named() {
            return named;
        }
    }
}
