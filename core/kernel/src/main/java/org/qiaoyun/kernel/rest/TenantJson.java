package org.qiaoyun.kernel.rest;

import java.util.Set;

import org.qiaoyun.kernel.tenant.Tenant;

/** A tenant as the API shows it. {@code version} goes back with a PATCH to catch concurrent edits. */
public record TenantJson(String code, String parent, String level, String nameZh, String nameEn, String status,
                         String path, String divisionCode, Set<String> modulesAllowedForDescendants, long version) {

    static TenantJson of(Tenant t) {
        return new TenantJson(t.code(), t.parentCode(), t.level().wireName(), t.names().zh(), t.names().en(),
                t.status().wireName(), t.path(), t.divisionCode(), t.descendantModules(), t.version());
    }
}
