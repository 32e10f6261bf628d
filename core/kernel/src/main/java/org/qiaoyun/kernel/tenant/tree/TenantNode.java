package org.qiaoyun.kernel.tenant.tree;

import java.util.List;
import java.util.Set;

/**
 * One federation in a tenant tree file, with its children.
 *
 * @param modulesAllowedForDescendants the module policy for its descendants; null allows every module
 * @param modulesEnabled               modules the tenant switches on
 * @param accounts                     users to create at home in this tenant (demo trees only)
 */
public record TenantNode(String code, String level, String nameZh, String nameEn, String divisionCode,
                         Set<String> modulesAllowedForDescendants, Set<String> modulesEnabled,
                         List<AccountNode> accounts, List<TenantNode> children) {

    /** A user in a tree file: username, roles and the initial password. */
    public record AccountNode(String username, List<String> roles, String password) {
    }
}
