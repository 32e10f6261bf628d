package org.qiaoyun.kernel.tenant.tree;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One federation in a tenant tree file, with its children, as written (not yet checked).
 *
 * @param parent                       only on the root: the existing tenant it hangs under, when it is new
 * @param status                       {@code active}, {@code suspended} or {@code archived}; null leaves it as is
 * @param modulesAllowedForDescendants the module policy for its descendants; null allows every module
 * @param modulesEnabled               the modules the tenant switches on (all others off); null leaves switches alone
 * @param accounts                     users to create at home in this tenant (demo trees only)
 * @param line                         where the federation starts in the file
 * @param fieldLines                   where each of its fields stands
 */
public record TenantNode(String code, String parent, String level, String nameZh, String nameEn, String divisionCode,
                         String status, Set<String> modulesAllowedForDescendants, Set<String> modulesEnabled,
                         List<AccountNode> accounts, List<TenantNode> children, int line, Map<String, Integer> fieldLines) {

    /** The line of a field, or of the federation when the field is absent. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }

    /** A user in a tree file: username, roles and the initial password. */
    public record AccountNode(String username, List<String> roles, String password) {
    }
}
