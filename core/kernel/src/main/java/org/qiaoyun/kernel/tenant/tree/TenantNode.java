package org.qiaoyun.kernel.tenant.tree;

import java.util.List;
import java.util.Set;

/**
 * One federation in a tenant tree file, with its children.
 *
 * @param modulesAllowedForDescendants the module policy for its descendants; null allows every module
 * @param modulesEnabled               modules the tenant switches on
 */
public record TenantNode(String code, String level, String nameZh, String nameEn, String divisionCode,
                         Set<String> modulesAllowedForDescendants, Set<String> modulesEnabled,
                         List<TenantNode> children) {
}
